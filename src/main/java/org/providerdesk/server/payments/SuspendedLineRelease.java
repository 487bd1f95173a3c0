package org.providerdesk.server.payments;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeNumbers;

/**
 * Releases suspended schedule lines when the council approves a variation: the client's suspended lines with the
 * provider, in periods overlapping the variation's dates, earliest first, become payable as long as their excess
 * over the contracted provision fits in the variation's extra value; the rest stay suspended. A line whose period
 * was already finalised is also queued in {@code late_release}, so that the next payment run pays it. Meant to be
 * called by the actions feature when a variation is approved, inside its transaction (or in one of its own).
 */
public final class SuspendedLineRelease {

    private final Jdbc jdbc;
    private final ScheduleRepository schedules;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId zone;

    public SuspendedLineRelease(Jdbc jdbc, AuditLog audit, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.schedules = new ScheduleRepository(jdbc);
        this.audit = audit;
        this.clock = clock;
        this.zone = zone;
    }

    private record Suspended(long id, long scheduleId, BigDecimal excess, boolean finalised) {
    }

    /**
     * @param from  first day of the approved variation
     * @param to    last day of the approved variation (at or after {@code from})
     * @param upTo  the variation's extra value: the most excess over provision this release frees
     * @return how many lines became payable
     */
    public int release(long providerId, long clientId, LocalDate from, LocalDate to, BigDecimal upTo) {
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A variation runs from a day to the same or a later day");
        }
        if (upTo == null || upTo.signum() < 0) {
            throw new IllegalArgumentException("A variation's extra value is zero or more");
        }
        return jdbc.inTransaction(() -> {
            List<Suspended> suspended = jdbc.list("SELECT l.id, l.schedule_id, l.amount - l.contracted_provision, "
                    + "(SELECT COUNT(*) FROM payment_run r WHERE r.period_id = p.id) FROM schedule_line l "
                    + "JOIN payment_schedule s ON s.id = l.schedule_id JOIN payment_period p ON p.id = s.period_id "
                    + "WHERE l.provider_id = ? AND l.client_id = ? AND l.status = 'SUSPENDED' AND p.start_date <= ? "
                    + "AND p.end_date >= ? ORDER BY p.start_date, l.id", row -> new Suspended(row.getLong(1),
                            row.getLong(2), row.getBigDecimal(3), row.getLong(4) > 0), providerId, clientId, to, from);
            List<Suspended> lines = new ArrayList<>();
            BigDecimal left = upTo;
            for (Suspended line : suspended) {
                BigDecimal excess = line.excess().max(BigDecimal.ZERO);
                if (excess.compareTo(left) <= 0) {
                    lines.add(line);
                    left = left.subtract(excess);
                }
            }
            if (lines.isEmpty()) {
                return 0;
            }
            Set<Long> scheduleIds = new LinkedHashSet<>();
            lines.forEach(line -> scheduleIds.add(line.scheduleId()));
            long changeNo = new ChangeNumbers(jdbc).take(lines.size() + scheduleIds.size());
            List<Object[]> updates = new ArrayList<>();
            List<Object[]> late = new ArrayList<>();
            LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
            for (Suspended line : lines) {
                updates.add(new Object[] {changeNo++, line.id()});
                if (line.finalised()) {
                    late.add(new Object[] {line.id(), providerId, today});
                }
            }
            jdbc.batch("UPDATE schedule_line SET status = 'PAYABLE', change_no = ? WHERE id = ?", updates);
            if (!late.isEmpty()) {
                jdbc.batch("INSERT INTO late_release (schedule_line_id, provider_id, released_on) VALUES (?, ?, ?)",
                        late);
            }
            for (long scheduleId : scheduleIds) {
                jdbc.update("UPDATE payment_schedule SET change_no = ? WHERE id = ?", changeNo++, scheduleId);
                schedules.refreshTotals(scheduleId);
            }
            audit.record(null, "release suspended lines", "provider:" + providerId + " client:" + clientId,
                    "lines:" + lines.size() + " late:" + late.size() + " from:" + from + " to:" + to);
            return lines.size();
        });
    }
}
