package org.providerdesk.api;

import java.math.BigDecimal;
import java.time.Instant;
import org.providerdesk.domain.ScheduleStatus;

/**
 * A provider's payment schedule for one period, without its lines.
 *
 * @param decidedBy          the name of who confirmed or rejected it; null while unconfirmed
 * @param actualsSubmittedAt home care: when actual hours were last submitted; null otherwise
 */
public record ScheduleSummary(long id, long providerId, PeriodView period, ScheduleStatus status,
        BigDecimal totalPayable, BigDecimal totalSuspended, int payableLines, int suspendedLines, String decidedBy,
        Instant decidedAt, String comments, Instant actualsSubmittedAt) {

    @Override
    public String toString() {
        return "ScheduleSummary[id=" + id + ", status=" + status + "]";
    }
}
