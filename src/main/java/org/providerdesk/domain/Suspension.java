package org.providerdesk.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The suspension rule and the arithmetic of schedule lines. A line whose amount exceeds the contracted provision
 * of its line item for the period is suspended; equal is payable. Money has 2 decimals, rounded half up.
 */
public final class Suspension {

    private static final BigDecimal DAYS_PER_WEEK = BigDecimal.valueOf(7);
    private static final BigDecimal DAYS_PER_PERIOD = BigDecimal.valueOf(7L * PeriodCalendar.WEEKS_PER_PERIOD);
    /** Nobody can deliver more hours than a week has. */
    public static final BigDecimal MAX_HOURS_PER_WEEK = BigDecimal.valueOf(168);

    private Suspension() {
    }

    public static LineStatus statusOf(BigDecimal amount, BigDecimal contractedProvision) {
        return amount.compareTo(contractedProvision) > 0 ? LineStatus.SUSPENDED : LineStatus.PAYABLE;
    }

    /** Units delivered in {@code days} of a weekly package of {@code unitsPerWeek}. */
    public static BigDecimal unitsFor(BigDecimal unitsPerWeek, int days) {
        return unitsPerWeek.multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_WEEK, 2, RoundingMode.HALF_UP);
    }

    /** What {@code days} of a weekly package cost: units a week x rate x days / 7. */
    public static BigDecimal amountFor(BigDecimal unitsPerWeek, BigDecimal unitRate, int days) {
        return money(unitsPerWeek.multiply(unitRate).multiply(BigDecimal.valueOf(days)), DAYS_PER_WEEK);
    }

    /**
     * The contracted provision of a period of {@code days} for a package contracted at {@code perPeriod} for four
     * weeks: the whole provision for a period of up to four weeks (a part-period package costs less anyway), scaled
     * up for a longer period (the last of a year), so that a full package for a full period is never suspended.
     */
    public static BigDecimal contractedFor(BigDecimal perPeriod, int days) {
        if (days <= DAYS_PER_PERIOD.intValue()) {
            return perPeriod.setScale(2, RoundingMode.HALF_UP);
        }
        return money(perPeriod.multiply(BigDecimal.valueOf(days)), DAYS_PER_PERIOD);
    }

    /** The contracted provision of one week of a package contracted at {@code perPeriod} for four weeks. */
    public static BigDecimal contractedPerWeek(BigDecimal perPeriod) {
        return money(perPeriod, BigDecimal.valueOf(PeriodCalendar.WEEKS_PER_PERIOD));
    }

    /** Hours x hourly rate. */
    public static BigDecimal amountForHours(BigDecimal hours, BigDecimal unitRate) {
        return hours.multiply(unitRate).setScale(2, RoundingMode.HALF_UP);
    }

    /** The most hours that can be delivered in {@code days}. */
    public static BigDecimal maxHoursFor(int days) {
        return MAX_HOURS_PER_WEEK.multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_WEEK, 2, RoundingMode.DOWN);
    }

    private static BigDecimal money(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, 2, RoundingMode.HALF_UP);
    }
}
