package org.providerdesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a council's period calendar for demo data: 13 periods of four weeks from 1 April, the last one running
 * to 31 March (so it absorbs the year's extra day or two). The server never computes periods at query time: it
 * reads the calendar the council published.
 *
 * <p>A period's schedule is open for confirming until the period's last day; the payment run is finalised
 * {@value #FINALISED_DAYS_AFTER_END} days after the period ends and paid {@value #PAID_DAYS_AFTER_END} days after.
 */
public final class PeriodCalendar {

    public static final int WEEKS_PER_PERIOD = 4;
    public static final int FINALISED_DAYS_AFTER_END = 4;
    public static final int PAID_DAYS_AFTER_END = 10;

    private PeriodCalendar() {
    }

    public static List<PaymentPeriod> generate(FinancialYear year) {
        List<PaymentPeriod> periods = new ArrayList<>(PaymentPeriod.PERIODS_PER_YEAR);
        LocalDate start = year.firstDay();
        for (int number = 1; number <= PaymentPeriod.PERIODS_PER_YEAR; number++) {
            LocalDate end = number == PaymentPeriod.PERIODS_PER_YEAR ? year.lastDay()
                    : start.plusWeeks(WEEKS_PER_PERIOD).minusDays(1);
            periods.add(new PaymentPeriod(year, number, start, end, end, end.plusDays(PAID_DAYS_AFTER_END)));
            start = end.plusDays(1);
        }
        return periods;
    }

    /** The day a period's payment run is finalised. */
    public static LocalDate finalisationDay(PaymentPeriod period) {
        return period.endDate().plusDays(FINALISED_DAYS_AFTER_END);
    }
}
