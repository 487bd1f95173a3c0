package org.providerdesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a council's period calendar for demo data: 13 periods of four weeks from 1 April, the last one running
 * to 31 March (so it absorbs the year's extra day or two). The server never computes periods at query time: it
 * reads the calendar the council published.
 *
 * <p>A period's schedule is available for checking on the Monday after the period ends (DOMAIN-NOTES.md), so
 * its confirmation deadline comes after that: {@value #DEADLINE_DAYS_AFTER_AVAILABLE} days after that Monday.
 * The payment run is finalised the day after the deadline and paid {@value #PAID_DAYS_AFTER_DEADLINE} days after
 * the deadline.
 */
public final class PeriodCalendar {

    public static final int WEEKS_PER_PERIOD = 4;
    public static final int DEADLINE_DAYS_AFTER_AVAILABLE = 2;
    public static final int PAID_DAYS_AFTER_DEADLINE = 2;

    private PeriodCalendar() {
    }

    public static List<PaymentPeriod> generate(FinancialYear year) {
        List<PaymentPeriod> periods = new ArrayList<>(PaymentPeriod.PERIODS_PER_YEAR);
        LocalDate start = year.firstDay();
        for (int number = 1; number <= PaymentPeriod.PERIODS_PER_YEAR; number++) {
            LocalDate end = number == PaymentPeriod.PERIODS_PER_YEAR ? year.lastDay()
                    : start.plusWeeks(WEEKS_PER_PERIOD).minusDays(1);
            LocalDate deadline = availableOn(end).plusDays(DEADLINE_DAYS_AFTER_AVAILABLE);
            periods.add(new PaymentPeriod(year, number, start, end, deadline,
                    deadline.plusDays(PAID_DAYS_AFTER_DEADLINE)));
            start = end.plusDays(1);
        }
        return periods;
    }

    /** The Monday after a period ending on {@code endDate}: the day its schedule is available for checking. */
    public static LocalDate availableOn(LocalDate endDate) {
        return endDate.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
    }

    /** The day a period's payment run is finalised: the day after its confirmation deadline. */
    public static LocalDate finalisationDay(PaymentPeriod period) {
        return period.confirmationDeadline().plusDays(1);
    }
}
