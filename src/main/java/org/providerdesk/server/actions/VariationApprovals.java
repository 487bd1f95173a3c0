package org.providerdesk.server.actions;

import java.time.LocalDate;
import org.providerdesk.domain.Variation;

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

    /** The approved variation whole, with its extra value; by default its dates only. */
    default void approved(long providerId, long clientId, Variation variation) {
        approved(providerId, clientId, variation.from(), variation.to());
    }
}
