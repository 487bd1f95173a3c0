package org.providerdesk.domain;

/** An action is open until the council closes it. */
public enum ActionStatus {
    OPEN,
    CLOSED
}
