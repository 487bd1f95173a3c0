package org.providerdesk.api;

import java.math.BigDecimal;
import org.providerdesk.domain.LineStatus;

/**
 * One line of a payment schedule: a client's service in the period.
 *
 * @param contractedProvision what the line item allows for the period; above it the line is suspended
 * @param actualHours         home care: the hours the provider submitted; null until then
 */
public record ScheduleLineView(long id, long scheduleId, long lineItemId, long clientId, String clientReference,
        String clientName, String service, BigDecimal units, BigDecimal unitRate, BigDecimal amount,
        BigDecimal contractedProvision, BigDecimal actualHours, LineStatus status) {

    @Override
    public String toString() {
        return "ScheduleLineView[id=" + id + ", status=" + status + "]";
    }
}
