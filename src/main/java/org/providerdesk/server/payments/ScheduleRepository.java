package org.providerdesk.server.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeSource;

/** Reads payment schedules and their lines, always by provider; keeps each schedule's totals up to date. */
public final class ScheduleRepository {

    private static final String SUMMARY = "SELECT s.id, s.provider_id, s.status, s.decided_at, s.comments, "
            + "s.actuals_submitted_at, s.payable_total, s.suspended_total, s.payable_lines, s.suspended_lines, "
            + "s.change_no, u.display_name, " + PeriodRepository.COLUMNS + " FROM payment_schedule s "
            + "JOIN payment_period p ON p.id = s.period_id LEFT JOIN app_user u ON u.id = s.decided_by ";
    private static final String LINE = "SELECT l.id, l.schedule_id, l.line_item_id, l.client_id, "
            + "c.council_reference, c.first_name, c.last_name, l.service, l.units, l.unit_rate, l.amount, "
            + "l.contracted_provision, l.actual_hours, l.status, l.change_no FROM schedule_line l "
            + "JOIN client c ON c.id = l.client_id ";
    /** For sync: the page's lines from the (provider_id, change_no) index first, then joined to their clients. */
    private static final String LINE_CHANGES = "SELECT l.id, l.schedule_id, l.line_item_id, l.client_id, "
            + "c.council_reference, c.first_name, c.last_name, l.service, l.units, l.unit_rate, l.amount, "
            + "l.contracted_provision, l.actual_hours, l.status, l.change_no FROM (SELECT * FROM schedule_line WHERE "
            + "provider_id = ? AND change_no > ? ORDER BY provider_id, change_no LIMIT ?) l JOIN client c ON c.id = l.client_id "
            + "ORDER BY l.change_no";
    private static final String TOTAL = "(SELECT COALESCE(SUM(%s), 0) FROM schedule_line l WHERE "
            + "l.schedule_id = payment_schedule.id AND l.status = '%s')";
    private static final String REFRESH = "UPDATE payment_schedule SET payable_total = "
            + TOTAL.formatted("l.amount", "PAYABLE") + ", suspended_total = " + TOTAL.formatted("l.amount", "SUSPENDED")
            + ", payable_lines = " + TOTAL.formatted("1", "PAYABLE") + ", suspended_lines = "
            + TOTAL.formatted("1", "SUSPENDED") + " ";
    /** The schedules a page of the council's list holds at most (by default); the rest follow its cursor. */
    static final int COUNCIL_LIST_LIMIT = 1000;
    static final int MAX_COUNCIL_LIST_LIMIT = 5000;

    private final Jdbc jdbc;

    public ScheduleRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A schedule with the state its writes depend on. */
    record Current(ScheduleSummary summary, long changeNo) {
    }

    public List<ScheduleSummary> summaries(long providerId, int financialYear) {
        return jdbc.list(SUMMARY + "WHERE s.provider_id = ? AND p.financial_year = ? ORDER BY p.period_no",
                ScheduleRepository::summary, providerId, financialYear);
    }

    Optional<Current> find(long providerId, long scheduleId) {
        return jdbc.first(SUMMARY + "WHERE s.provider_id = ? AND s.id = ?",
                row -> new Current(summary(row), row.getLong("change_no")), providerId, scheduleId);
    }

    /** A page of a period's schedules by provider: at most {@code limit}, after the schedule {@code afterSchedule}. */
    public List<ScheduleSummary> ofPeriod(long periodId, Long afterSchedule, int limit) {
        if (afterSchedule == null) {
            return jdbc.list(SUMMARY + "WHERE s.period_id = ? ORDER BY s.provider_id, s.id LIMIT ?",
                    ScheduleRepository::summary, periodId, limit);
        }
        return jdbc.list(SUMMARY + "WHERE s.period_id = ? AND (s.provider_id, s.id) > (SELECT provider_id, id FROM "
                + "payment_schedule WHERE id = ?) ORDER BY s.provider_id, s.id LIMIT ?", ScheduleRepository::summary,
                periodId, afterSchedule, limit);
    }

    /** Every line of a schedule, for the rules of a write (never sent as one answer: see {@link #lines}). */
    List<ScheduleLineView> allLines(long providerId, long scheduleId) {
        return jdbc.list(LINE + "WHERE l.provider_id = ? AND l.schedule_id = ? ORDER BY l.id", ScheduleRepository::line,
                providerId, scheduleId);
    }

    /**
     * A page of a schedule's lines by client name: at most {@code limit}, after the line {@code afterLine} (null
     * for the first page). The cursor is the line's id only (a client's name never goes into a URL); its name is
     * looked up here. @return empty when {@code afterLine} is not a line of this schedule
     */
    public Optional<List<ScheduleLineView>> lines(long providerId, long scheduleId, Long afterLine, int limit) {
        String where = "WHERE l.provider_id = ? AND l.schedule_id = ? ";
        String order = "ORDER BY c.last_name, c.first_name, l.id LIMIT ?";
        if (afterLine == null) {
            return Optional.of(jdbc.list(LINE + where + order, ScheduleRepository::line, providerId, scheduleId,
                    limit));
        }
        return jdbc.first("SELECT c.last_name, c.first_name FROM schedule_line l JOIN client c ON c.id = l.client_id "
                + where + "AND l.id = ?", row -> new String[] {row.getString(1), row.getString(2)}, providerId,
                scheduleId, afterLine).map(name -> jdbc.list(LINE + where
                        + "AND (c.last_name, c.first_name, l.id) > (?, ?, ?) " + order, ScheduleRepository::line,
                        providerId, scheduleId, name[0], name[1], afterLine, limit));
    }

    /** Recomputes the totals of one schedule from its lines. */
    void refreshTotals(long scheduleId) {
        jdbc.update(REFRESH + "WHERE id = ?", scheduleId);
    }

    /** Recomputes the totals of every schedule of a provider (after bulk inserts). */
    public void refreshAllTotals(long providerId) {
        jdbc.update(REFRESH + "WHERE provider_id = ?", providerId);
    }

    /** Recomputes the totals of every schedule of a period. */
    void refreshPeriodTotals(long periodId) {
        jdbc.update(REFRESH + "WHERE period_id = ?", periodId);
    }

    public List<ChangeSource> changeSources(String scheduleKind, String lineKind) {
        return List.of(
                ChangeSource.of(scheduleKind, (provider, after, limit) -> jdbc.list(SUMMARY + "WHERE s.provider_id = ? "
                        + "AND s.change_no > ? ORDER BY s.provider_id, s.change_no LIMIT ?", row -> new ChangeSource.Row(
                                row.getLong("id"), row.getLong("change_no"), summary(row)), provider, after, limit)),
                ChangeSource.streamed(lineKind, (provider, after, limit) -> jdbc.cursor(LINE_CHANGES,
                        ScheduleRepository::line, provider, after, limit)));
    }

    private static ScheduleSummary summary(ResultSet row) throws SQLException {
        return new ScheduleSummary(row.getLong("id"), row.getLong("provider_id"), PeriodRepository.period(row),
                ScheduleStatus.valueOf(row.getString("status")), row.getBigDecimal("payable_total"),
                row.getBigDecimal("suspended_total"), row.getInt("payable_lines"), row.getInt("suspended_lines"),
                row.getString("display_name"), Jdbc.instant(row, "decided_at"), row.getString("comments"),
                Jdbc.instant(row, "actuals_submitted_at"));
    }

    private static ScheduleLineView line(ResultSet row) throws SQLException {
        return new ScheduleLineView(row.getLong("id"), row.getLong("schedule_id"), row.getLong("line_item_id"),
                row.getLong("client_id"), row.getString("council_reference"),
                row.getString("first_name") + " " + row.getString("last_name"), row.getString("service"),
                row.getBigDecimal("units"), row.getBigDecimal("unit_rate"), row.getBigDecimal("amount"),
                row.getBigDecimal("contracted_provision"), row.getBigDecimal("actual_hours"),
                LineStatus.valueOf(row.getString("status")));
    }
}
