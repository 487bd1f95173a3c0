package org.providerdesk.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One of the 13 four-weekly payment periods of a financial year, as the council publishes it.
 *
 * @param number               1 to 13
 * @param confirmationDeadline the last day a provider may confirm or reject the period's schedule
 * @param paymentDate          the day the bank payment for the period is made
 */
public record PaymentPeriod(FinancialYear financialYear, int number, LocalDate startDate, LocalDate endDate,
        LocalDate confirmationDeadline, LocalDate paymentDate) {

    public static final int PERIODS_PER_YEAR = 13;

    public PaymentPeriod {
        if (number < 1 || number > PERIODS_PER_YEAR) {
            throw new IllegalArgumentException("A period number is 1 to 13: " + number);
        }
        if (endDate.isBefore(startDate)) {
            throw new IllegalArgumentException("A period ends after it starts");
        }
        if (!confirmationDeadline.isAfter(endDate)) {
            throw new IllegalArgumentException("A period's confirmation deadline comes after the period ends: its "
                    + "schedule is only complete once the period is over");
        }
    }

    /** Days in the period, both ends included: 28, or 29 or 30 for the last period of a year. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(startDate, endDate) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }

    /** True when the period shares at least one day with {@code from..to} (both included; {@code to} null: open). */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !startDate.isAfter(to == null ? LocalDate.MAX : to) && !endDate.isBefore(from);
    }

    /** For example "Period 9 2026/27". */
    public String label() {
        return "Period " + number + " " + financialYear.label();
    }
}
