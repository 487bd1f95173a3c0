package org.providerdesk.client.commands;

import org.providerdesk.api.DecisionRequest;
import org.providerdesk.api.PaymentPaths;

/** Reject a payment schedule, with comments that say why; {@code ifMatch} as for {@link ConfirmSchedule}. */
public record RejectSchedule(long providerId, long scheduleId, String ifMatch, DecisionRequest request)
        implements DeskCommand {

    @Override
    public String description() {
        return "Reject schedule " + scheduleId;
    }

    @Override
    public HttpCall call() {
        return new HttpCall("POST", PaymentPaths.schedule(PaymentPaths.SCHEDULE_REJECT, providerId, scheduleId),
                request, ifMatch);
    }
}
