package org.providerdesk.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A finalised payment run. For a provider, the counts and total are of that provider's lines only.
 *
 * @param finalisedOn the day it was finalised ("by finalisation")
 * @param totalPaid   the sum of the paid and retracted lines (what reaches the bank)
 */
public record PaymentRunView(long id, String reference, LocalDate finalisedOn, LocalDate paymentDate, long periodId,
        int lineCount, BigDecimal totalPaid) {
}
