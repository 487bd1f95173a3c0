package org.providerdesk.server.payments;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeNumbers;

/**
 * Releases suspended schedule lines when the council approves a variation: the client's suspended lines with the
 * provider, in every period overlapping the variation's dates, become payable. Meant to be called by the actions
 * feature when a variation is approved, inside its transaction (or in one of its own).
 */
public final class SuspendedLineRelease {

    private final Jdbc jdbc;
    private final ScheduleRepository schedules;
    private final AuditLog audit;

    public SuspendedLineRelease(Jdbc jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.schedules = new ScheduleRepository(jdbc);
        this.audit = audit;
    }

    /**
     * @param from first day of the approved variation
     * @param to   last day of the approved variation (at or after {@code from})
     * @return how many lines became payable
     */
    public int release(long providerId, long clientId, LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A variation runs from a day to the same or a later day");
        }
        return jdbc.inTransaction(() -> {
            List<long[]> lines = jdbc.list("SELECT l.id, l.schedule_id FROM schedule_line l "
                    + "JOIN payment_schedule s ON s.id = l.schedule_id JOIN payment_period p ON p.id = s.period_id "
                    + "WHERE l.provider_id = ? AND l.client_id = ? AND l.status = 'SUSPENDED' AND p.start_date <= ? "
                    + "AND p.end_date >= ? ORDER BY l.id", row -> new long[] {row.getLong(1), row.getLong(2)},
                    providerId, clientId, to, from);
            if (lines.isEmpty()) {
                return 0;
            }
            Set<Long> scheduleIds = new LinkedHashSet<>();
            lines.forEach(line -> scheduleIds.add(line[1]));
            long changeNo = new ChangeNumbers(jdbc).take(lines.size() + scheduleIds.size());
            List<Object[]> updates = new ArrayList<>();
            for (long[] line : lines) {
                updates.add(new Object[] {changeNo++, line[0]});
            }
            jdbc.batch("UPDATE schedule_line SET status = 'PAYABLE', change_no = ? WHERE id = ?", updates);
            for (long scheduleId : scheduleIds) {
                jdbc.update("UPDATE payment_schedule SET change_no = ? WHERE id = ?", changeNo++, scheduleId);
                schedules.refreshTotals(scheduleId);
            }
            audit.record(null, "release suspended lines", "provider:" + providerId + " client:" + clientId,
                    "lines:" + lines.size() + " from:" + from + " to:" + to);
            return lines.size();
        });
    }
}
