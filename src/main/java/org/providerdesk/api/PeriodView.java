package org.providerdesk.api;

import java.time.LocalDate;

/**
 * A published payment period.
 *
 * @param financialYear      the year it starts in: 2026 is 2026/27
 * @param published          the council has published the period's schedules
 */
public record PeriodView(long id, int financialYear, String financialYearLabel, int number, LocalDate startDate,
        LocalDate endDate, LocalDate confirmationDeadline, LocalDate paymentDate, boolean published) {
}
