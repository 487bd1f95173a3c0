package org.providerdesk.ui.schedules;

import java.util.Locale;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.data.Listed;

/**
 * A period as the date link on the left shows it.
 *
 * @param schedule the provider's schedule of the period, or null when none is published yet
 */
public record PeriodRow(PeriodView period, Listed<ScheduleSummary> schedule) {

    /** "12 Oct 2026 to 8 Nov 2026". */
    public String dates() {
        return Words.dates(period);
    }

    /** "Period 9 · confirm by 8 Dec 2026". */
    public String deadline() {
        return "Period " + period.number() + " · confirm by " + Words.shortDay(period.confirmationDeadline());
    }

    /** "unconfirmed", "confirmed", "rejected", "Confirmation waiting to send" or "not published". */
    public String status() {
        if (schedule == null) {
            return "not published";
        }
        if (schedule.isPending()) {
            return schedule.pending().label();
        }
        return schedule.row().status().name().toLowerCase(Locale.ROOT);
    }
}
