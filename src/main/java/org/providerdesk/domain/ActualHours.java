package org.providerdesk.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Home care: the rule for the hours actually delivered on one line in a period, the same on the portal and
 * beside each field of the desktop: a number, not negative, at most 2 decimals, and no more than the period's
 * days can hold (168 hours a week).
 */
public final class ActualHours {

    private ActualHours() {
    }

    /** What is wrong with {@code hours} for a period of {@code days}, in words for the user, or empty when fine. */
    public static Optional<String> problem(BigDecimal hours, int days) {
        if (hours == null) {
            return Optional.of("Enter the hours delivered (0 when none).");
        }
        if (hours.signum() < 0) {
            return Optional.of("Hours cannot be negative.");
        }
        BigDecimal max = Suspension.maxHoursFor(days);
        if (hours.compareTo(max) > 0) {
            return Optional.of("At most " + max.stripTrailingZeros().toPlainString()
                    + " hours fit in this period (168 a week).");
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            return Optional.of("Use at most 2 decimals, such as 12.25.");
        }
        return Optional.empty();
    }

    /** Reads what the user typed ("12.5", " 7 "); empty when it is not a plain number. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null || !text.strip().matches("-?\\d{1,6}(\\.\\d*)?|-?\\.\\d+")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.strip()));
    }
}
