package org.providerdesk.client.commands;

import org.providerdesk.api.DecisionRequest;
import org.providerdesk.api.PaymentPaths;

/**
 * Confirm a payment schedule as seen: {@code ifMatch} is the schedule's ETag when the user saw it (see
 * {@code Schedules.etag}), so a schedule changed meanwhile is refused, not confirmed blind.
 */
public record ConfirmSchedule(long providerId, long scheduleId, String ifMatch, DecisionRequest request)
        implements DeskCommand {

    @Override
    public String description() {
        return "Confirm schedule " + scheduleId;
    }

    @Override
    public HttpCall call() {
        return new HttpCall("POST", PaymentPaths.schedule(PaymentPaths.SCHEDULE_CONFIRM, providerId, scheduleId),
                request, ifMatch);
    }
}
