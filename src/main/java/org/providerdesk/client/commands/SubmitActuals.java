package org.providerdesk.client.commands;

import org.providerdesk.api.ActualsRequest;
import org.providerdesk.api.PaymentPaths;

/** Home care: submit the hours actually delivered; {@code ifMatch} as for {@link ConfirmSchedule}. */
public record SubmitActuals(long providerId, long scheduleId, String ifMatch, ActualsRequest request)
        implements DeskCommand {

    @Override
    public String description() {
        return "Submit actual hours for schedule " + scheduleId;
    }

    @Override
    public HttpCall call() {
        return new HttpCall("POST", PaymentPaths.schedule(PaymentPaths.SCHEDULE_ACTUALS, providerId, scheduleId),
                request, ifMatch);
    }
}
