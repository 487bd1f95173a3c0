package org.providerdesk.domain;

/** What an action is about, as the guide names them. */
public enum ActionType {
    /** A question about a care package line item: a hospital admission, a client who has died, dates. */
    CONTRACT_QUERY,
    /** A request to pay more than the contracted provision: a one-off crisis or extra hours up to a week. */
    VARIATION,
    /** A question about a payment. */
    PAYMENT_QUERY
}
