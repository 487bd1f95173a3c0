package org.providerdesk.domain;

/** The colour of the pending-actions icon on the home page. */
public enum SummaryLevel {
    /** Nothing pending. */
    GREEN,
    /** Something submitted and not yet closed. */
    AMBER,
    /** Something overdue. */
    RED
}
