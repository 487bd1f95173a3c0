package org.providerdesk.domain;

/** A remittance line was paid, retracted (reversed by a contra entry, negative amount) or suspended (held). */
public enum RemittanceStatus {
    PAID,
    RETRACTED,
    SUSPENDED
}
