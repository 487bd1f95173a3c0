package org.providerdesk.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a variation request must hold, and the limits of the guide: only for a one-off crisis or extra hours up to
 * 1 week, with a maximum value of GBP 150. Field names are those of {@link Variation}.
 */
public final class VariationRules {

    public static final BigDecimal MAX_VALUE_GBP = new BigDecimal("150.00");
    public static final int MAX_DAYS = 7;
    public static final int MAX_REASON_LENGTH = 2000;
    /** How far from today a variation may start or end: the dates are typing mistakes beyond this. */
    public static final int MAX_DAYS_FROM_TODAY = 366;

    private VariationRules() {
    }

    /** Fields missing or not making sense (the request must be corrected): field name to message. */
    public static Map<String, String> incomplete(Variation v, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        int maxHours = v.dayOrWeek() == null ? DayOrWeek.WEEK.maxHours() : v.dayOrWeek().maxHours();
        hours(errors, "contractedHours", v.contractedHours(), maxHours, "Enter the contracted hours.");
        if (v.dayOrWeek() == null) {
            errors.put("dayOrWeek", "Choose whether the hours are per day or per week.");
        }
        hours(errors, "actualHours", v.actualHours(), maxHours, "Enter the actual hours delivered.");
        if (v.reason() == null || v.reason().isBlank()) {
            errors.put("reason", "Give the reason for the over-provision.");
        } else if (v.reason().length() > MAX_REASON_LENGTH) {
            errors.put("reason", "Use at most " + MAX_REASON_LENGTH + " characters.");
        }
        money(errors, v.extraValue());
        date(errors, "from", v.from(), today, "Enter the first day of the variation.");
        date(errors, "to", v.to(), today, "Enter the last day of the variation.");
        if (!errors.containsKey("from") && !errors.containsKey("to") && v.to().isBefore(v.from())) {
            errors.put("to", "The last day cannot be before the first day.");
        }
        return errors;
    }

    /** Limits a complete variation breaks (it cannot be raised as asked): field name to message. */
    public static Map<String, String> brokenLimits(Variation v) {
        Map<String, String> broken = new LinkedHashMap<>();
        if (v.actualHours().compareTo(v.contractedHours()) <= 0) {
            broken.put("actualHours", "A variation is for hours over the contracted hours: the actual hours must be "
                    + "more than the contracted hours.");
        }
        if (v.extraValue().compareTo(MAX_VALUE_GBP) > 0) {
            broken.put("extraValue", "A variation can be for at most GBP 150.00. Raise a contract query for more.");
        }
        if (days(v) > MAX_DAYS) {
            broken.put("to", "A variation covers a one-off crisis or extra hours up to 1 week (at most "
                    + MAX_DAYS + " days).");
        }
        return broken;
    }

    /** Days covered, counting the first and the last. */
    public static long days(Variation v) {
        return ChronoUnit.DAYS.between(v.from(), v.to()) + 1;
    }

    private static void hours(Map<String, String> errors, String field, BigDecimal value, int max, String missing) {
        if (value == null) {
            errors.put(field, missing);
        } else if (value.signum() <= 0) {
            errors.put(field, "Enter a number of hours more than 0.");
        } else if (value.compareTo(BigDecimal.valueOf(max)) > 0) {
            errors.put(field, "There are at most " + max + " hours in that time.");
        } else if (decimals(value) > 2) {
            errors.put(field, "Use at most 2 decimal places.");
        }
    }

    private static void money(Map<String, String> errors, BigDecimal value) {
        if (value == null) {
            errors.put("extraValue", "Enter the extra value asked for, in pounds.");
        } else if (value.signum() <= 0) {
            errors.put("extraValue", "Enter an amount more than 0.");
        } else if (value.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            errors.put("extraValue", "That amount is not possible.");
        } else if (decimals(value) > 2) {
            errors.put("extraValue", "Use pounds and pence (at most 2 decimal places).");
        }
    }

    private static void date(Map<String, String> errors, String field, LocalDate value, LocalDate today,
            String missing) {
        if (value == null) {
            errors.put(field, missing);
        } else if (Math.abs(ChronoUnit.DAYS.between(today, value)) > MAX_DAYS_FROM_TODAY) {
            errors.put(field, "Use a date within a year of today.");
        }
    }

    private static int decimals(BigDecimal value) {
        return Math.max(0, value.stripTrailingZeros().scale());
    }
}
