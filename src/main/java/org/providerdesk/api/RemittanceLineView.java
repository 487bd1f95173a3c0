package org.providerdesk.api;

import java.math.BigDecimal;
import org.providerdesk.domain.RemittanceStatus;

/**
 * A line of remittance advice.
 *
 * @param periodId the period the service was provided in
 * @param amount   negative when retracted
 * @param reason   why it was retracted or suspended; null when paid
 */
public record RemittanceLineView(long id, long runId, String runReference, long clientId, String clientReference,
        String clientName, String service, long periodId, BigDecimal amount, RemittanceStatus status,
        String reason) {

    @Override
    public String toString() {
        return "RemittanceLineView[id=" + id + ", status=" + status + "]";
    }
}
