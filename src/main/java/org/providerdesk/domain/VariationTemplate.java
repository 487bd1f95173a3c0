package org.providerdesk.domain;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The guide's variation text, with the user's answers filled in: the text of a variation action is this, so the
 * council reads the same questions whoever raised it.
 */
public final class VariationTemplate {

    /** The guide's question at the end of every variation. */
    public static final String QUESTION =
            "Please can you confirm if Adult Social Care agree or reject the above variation request for this client.";

    private static final java.time.format.DateTimeFormatter DAY =
            java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private VariationTemplate() {
    }

    /** The text sent for a complete variation (see {@link VariationRules#incomplete}). */
    public static String text(Variation v) {
        return "Contracted hours: " + hours(v.contractedHours()) + "\n"
                + "Day or week: " + (v.dayOrWeek() == DayOrWeek.DAY ? "Day" : "Week") + "\n"
                + "Actual hours delivered per day or week: " + hours(v.actualHours()) + "\n"
                + "Reason for the over provision: " + v.reason().strip() + "\n"
                + "From " + DAY.format(v.from()) + " to " + DAY.format(v.to()) + ", extra value GBP "
                + v.extraValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + "\n"
                + QUESTION;
    }

    private static String hours(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString().toLowerCase(Locale.ROOT);
    }
}
