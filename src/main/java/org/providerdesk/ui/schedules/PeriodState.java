package org.providerdesk.ui.schedules;

import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.data.Listed;

/**
 * What the page knows of the chosen period when it was read from the cache.
 *
 * @param schedule the period's schedule with any decision waiting to send, or null when there is none yet
 * @param etag     the schedule's ETag as cached, or null
 * @param paid     a payment run has paid the period
 * @param refusal  the portal's refusal of the decision or actual hours sent for it, or null
 */
public record PeriodState(PeriodView period, Listed<ScheduleSummary> schedule, String etag, boolean paid,
        ScheduleData.Refusal refusal) {

    public ScheduleSummary summary() {
        return schedule == null ? null : schedule.row();
    }
}
