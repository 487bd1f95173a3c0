package org.providerdesk.domain;

/** A schedule line is payable, or suspended (held; shown on the Non-payable tab). */
public enum LineStatus {
    PAYABLE,
    SUSPENDED
}
