package org.providerdesk.ui.schedules;

import java.util.List;
import java.util.Optional;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.commands.DeskCommand;
import org.providerdesk.client.data.Listed;

/** What the Scheduled payments page reads and sends: the cache and the outbox, nothing else. Called off the FX thread. */
public interface ScheduleData {

    /** The financial years that have periods, newest first. */
    List<Integer> years(long providerId);

    List<PeriodView> periods(long providerId, int financialYear);

    /** The schedules of a year with any decision waiting to send laid over them. */
    List<Listed<ScheduleSummary>> schedules(long providerId, int financialYear);

    /** Every line of the period, payable and suspended, in the order of the schedule. */
    List<ScheduleLineView> lines(long providerId, long periodId);

    /** The schedule's ETag as cached, for the If-Match of a decision made from what is shown. */
    Optional<String> etag(long providerId, long scheduleId);

    /** True once a payment run has paid the period: its schedule can no longer change. */
    boolean paid(long providerId, long periodId);

    /**
     * A refused command as it was sent, and the portal's reason.
     *
     * @param status the HTTP status of the refusal: 412 when the schedule changed meanwhile
     */
    record Refusal(DeskCommand command, int status, String reason) {
    }

    Optional<Refusal> refusal(long outboxId);

    /** Stores the command in the outbox and asks for a sync. */
    void submit(DeskCommand command);

    /** Sends a refused command again, changed (a fresh ETag, other comments), and asks for a sync. */
    void resend(long outboxId, DeskCommand changed);
}
