package org.providerdesk.server.actions;

import java.time.LocalDate;

/**
 * Hears that the council approved a variation, for example to release payments suspended for going over the
 * contracted provision in that period. Called inside the transaction that closes the action: a listener that
 * throws undoes the close, and a retried request (same Idempotency-Key) does not call it again.
 */
@FunctionalInterface
public interface VariationApprovals {

    /**
     * @param from first day of the approved variation
     * @param to   last day of the approved variation
     */
    void approved(long providerId, long clientId, LocalDate from, LocalDate to);
}
