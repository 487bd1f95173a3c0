package org.providerdesk.client.data;

import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.ConfirmSchedule;
import org.providerdesk.client.commands.DeskCommand;
import org.providerdesk.client.commands.RejectSchedule;
import org.providerdesk.client.commands.SubmitActuals;

/**
 * The provider's payment schedules (without lines: see {@link ScheduleLines}). A decision or actuals not yet in
 * the cache show on their schedule ("Confirmation waiting to send", ...).
 */
public final class Schedules {

    private final CacheRows rows;
    private final Overlays overlays;

    public Schedules(LocalCache cache) {
        this.rows = new CacheRows(cache);
        this.overlays = new Overlays(cache);
    }

    /** The schedules of one financial year, by period number. */
    public List<Listed<ScheduleSummary>> ofYear(long providerId, int financialYear) {
        List<Commands.Stored> waiting = overlays.of(providerId);
        return rows.list(ScheduleSummary.class, "SELECT s.data FROM c_schedule s LEFT JOIN c_period p "
                + "ON p.provider_id = s.provider_id AND p.id = s.period_id WHERE s.provider_id = ? "
                + "AND s.financial_year = ? ORDER BY p.number, s.id", providerId, financialYear).stream()
                .map(schedule -> listed(schedule, waiting)).toList();
    }

    public Optional<Listed<ScheduleSummary>> forPeriod(long providerId, long periodId) {
        return rows.first(ScheduleSummary.class, "SELECT data FROM c_schedule WHERE provider_id = ? AND period_id = ?",
                providerId, periodId).map(schedule -> listed(schedule, overlays.of(providerId)));
    }

    public Optional<Listed<ScheduleSummary>> find(long providerId, long scheduleId) {
        return rows.first(ScheduleSummary.class, "SELECT data FROM c_schedule WHERE provider_id = ? AND id = ?",
                providerId, scheduleId).map(schedule -> listed(schedule, overlays.of(providerId)));
    }

    /** The ETag of the schedule as cached, for the If-Match of a decision or actuals made from what is shown. */
    public Optional<String> etag(long providerId, long scheduleId) {
        long version = rows.number("SELECT version FROM c_schedule WHERE provider_id = ? AND id = ?", providerId,
                scheduleId);
        return version == 0 ? Optional.empty() : Optional.of("\"" + version + "\"");
    }

    private static Listed<ScheduleSummary> listed(ScheduleSummary schedule, List<Commands.Stored> waiting) {
        Listed.Pending pending = null;
        for (Commands.Stored stored : waiting) {
            String what = about(stored.command(), schedule.id());
            if (what != null) {
                pending = Overlays.pending(stored.item(), what);
            }
        }
        return new Listed<>(schedule, pending);
    }

    /** What a command does to this schedule, in words, or null when it is about something else. */
    private static String about(DeskCommand command, long scheduleId) {
        if (command instanceof ConfirmSchedule confirm && confirm.scheduleId() == scheduleId) {
            return "Confirmation";
        }
        if (command instanceof RejectSchedule reject && reject.scheduleId() == scheduleId) {
            return "Rejection";
        }
        if (command instanceof SubmitActuals actuals && actuals.scheduleId() == scheduleId) {
            return "Actual hours";
        }
        return null;
    }
}
