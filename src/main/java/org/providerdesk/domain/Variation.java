package org.providerdesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The variation template of the guide: contracted hours, day or week, actual hours delivered per day or week,
 * the reason for the over-provision; and the period and the extra value asked for.
 *
 * @param extraValue the extra amount asked for, in GBP (extra hours times the hourly rate)
 * @param from       first day of the variation
 * @param to         last day of the variation (the same as {@code from} for a one-off)
 */
public record Variation(BigDecimal contractedHours, DayOrWeek dayOrWeek, BigDecimal actualHours, String reason,
        BigDecimal extraValue, LocalDate from, LocalDate to) {

    @Override
    public String toString() {
        return "Variation[" + from + ".." + to + "]";
    }
}
