package org.providerdesk.domain;

/** How the council decided a variation when closing it. Other types of action close without an outcome. */
public enum ActionOutcome {
    APPROVED,
    REJECTED
}
