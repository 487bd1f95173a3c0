package org.providerdesk.ui.remittances;

import java.util.Locale;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.domain.RemittanceStatus;

/**
 * A line as the table shows it.
 *
 * @param periodLabel "Period 8 2026/27", the period the service was provided in
 */
public record RemittanceRow(RemittanceLineView line, String periodLabel) {

    /** "Paid", "Retracted", "Suspended": in words, so colour never carries it alone. */
    public String statusText() {
        return statusText(line.status());
    }

    public static String statusText(RemittanceStatus status) {
        return switch (status) {
            case PAID -> "Paid";
            case RETRACTED -> "Retracted";
            case SUSPENDED -> "Suspended";
        };
    }

    /** Whether the filter text (already lower case) is in the client, reference, service, run or period. */
    boolean matches(String lowerText) {
        return lowerText.isEmpty() || contains(line.clientName(), lowerText)
                || contains(line.clientReference(), lowerText) || contains(line.service(), lowerText)
                || contains(line.runReference(), lowerText) || contains(periodLabel, lowerText);
    }

    private static boolean contains(String field, String lowerText) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(lowerText);
    }

    @Override
    public String toString() {
        return "RemittanceRow[" + line.id() + "]";
    }
}
