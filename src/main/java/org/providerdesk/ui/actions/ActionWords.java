package org.providerdesk.ui.actions;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.api.ActionView;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.ActionType;

/** The guide's words for actions: types, statuses, outcomes, and the pending actions summary. */
public final class ActionWords {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private ActionWords() {
    }

    public static String type(ActionType type) {
        return switch (type) {
            case CONTRACT_QUERY -> "Contract query";
            case VARIATION -> "Variation";
            case PAYMENT_QUERY -> "Payment query";
        };
    }

    /** "Open", "Overdue", "Closed", "Closed: approved". */
    public static String status(ActionView action) {
        if (action.status() == ActionStatus.OPEN) {
            return action.overdue() ? "Overdue" : "Open";
        }
        return action.outcome() == null ? "Closed" : "Closed: " + outcome(action.outcome());
    }

    public static String outcome(ActionOutcome outcome) {
        return outcome == ActionOutcome.APPROVED ? "approved" : "rejected";
    }

    /** "£150" for whole pounds, "£74.40" otherwise: as the guide writes amounts. */
    static String pounds(java.math.BigDecimal amount) {
        java.math.BigDecimal plain = amount.stripTrailingZeros();
        return plain.scale() <= 0 ? "£" + plain.toPlainString()
                : "£" + amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** The counts beside the home page's icon: "2 overdue, 4 waiting for the council" or "No actions pending". */
    public static String summary(ActionSummary summary) {
        if (summary.open() == 0) {
            return "No actions pending";
        }
        long waiting = summary.open() - summary.overdue();
        String words = waiting + " waiting for the council";
        return summary.overdue() == 0 ? words : summary.overdue() + " overdue, " + words;
    }
}
