package org.providerdesk.domain;

/** Who a portal user is: staff of a care provider, or staff of the council that pays providers. */
public enum Role {
    PROVIDER,
    COUNCIL
}
