package org.providerdesk.server.remittances;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeSource;

/** Payment runs as one provider sees them (its lines only) and remittance lines, always by provider. */
public final class RemittanceRepository {

    private static final String RUN = "SELECT r.id, r.reference, r.finalised_on, r.payment_date, r.period_id, "
            + "r.change_no, COUNT(*) AS line_count, COALESCE(SUM(CASE WHEN rl.status IN ('PAID', 'RETRACTED') "
            + "THEN rl.amount ELSE 0 END), 0) AS total_paid FROM payment_run r "
            + "JOIN remittance_line rl ON rl.run_id = r.id WHERE rl.provider_id = ? ";
    private static final String RUN_GROUP = " GROUP BY r.id, r.reference, r.finalised_on, r.payment_date, "
            + "r.period_id, r.change_no ";
    private static final String LINE = "SELECT rl.id, rl.run_id, r.reference, rl.client_id, c.council_reference, "
            + "c.first_name, c.last_name, rl.service, rl.period_id, rl.amount, rl.status, rl.reason, rl.change_no "
            + "FROM remittance_line rl JOIN payment_run r ON r.id = rl.run_id JOIN client c ON c.id = rl.client_id ";
    /**
     * For sync: the page's lines are picked from the (provider_id, change_no) index first, then joined; joining
     * first made the database sort every remaining line on every page.
     */
    private static final String LINE_CHANGES = "SELECT rl.id, rl.run_id, r.reference, rl.client_id, "
            + "c.council_reference, c.first_name, c.last_name, rl.service, rl.period_id, rl.amount, rl.status, "
            + "rl.reason, rl.change_no FROM (SELECT * FROM remittance_line WHERE provider_id = ? AND change_no > ? "
            + "ORDER BY provider_id, change_no LIMIT ?) rl JOIN payment_run r ON r.id = rl.run_id JOIN client c ON c.id = rl.client_id "
            + "ORDER BY rl.change_no";
    /**
     * For sync: runs changed since the cursor that paid the provider. Their totals are counted only for the runs
     * that go into a page ({@link #RUN_TOTALS}): counting them in this query made every page count every run.
     */
    private static final String RUN_CHANGES = "SELECT r.id, r.reference, r.finalised_on, r.payment_date, "
            + "r.period_id, r.change_no FROM payment_run r WHERE r.change_no > ? AND EXISTS (SELECT 1 FROM "
            + "remittance_line rl WHERE rl.provider_id = ? AND rl.run_id = r.id) ORDER BY r.change_no LIMIT ?";
    private static final String RUN_TOTALS = "SELECT COUNT(*) AS line_count, COALESCE(SUM(CASE WHEN rl.status IN "
            + "('PAID', 'RETRACTED') THEN rl.amount ELSE 0 END), 0) AS total_paid FROM remittance_line rl "
            + "WHERE rl.provider_id = ? AND rl.run_id = ?";
    private static final String LINE_ORDER = " ORDER BY c.last_name, c.first_name, rl.period_id, rl.id";

    private final Jdbc jdbc;

    public RemittanceRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The runs that paid the provider, newest first. */
    public List<PaymentRunView> runs(long providerId, RunCursor after, int limit) {
        if (after == null) {
            return jdbc.list(RUN + RUN_GROUP + "ORDER BY r.finalised_on DESC, r.id DESC LIMIT ?",
                    RemittanceRepository::run, providerId, limit);
        }
        return jdbc.list(RUN + "AND (r.finalised_on, r.id) < (?, ?)" + RUN_GROUP
                + "ORDER BY r.finalised_on DESC, r.id DESC LIMIT ?", RemittanceRepository::run, providerId,
                after.finalisedOn(), after.id(), limit);
    }

    /** Where a page of runs starts: after the run of this finalisation date and id (newest first). */
    public record RunCursor(LocalDate finalisedOn, long id) {
    }

    public Optional<PaymentRunView> run(long providerId, long runId) {
        return jdbc.first(RUN + "AND r.id = ?" + RUN_GROUP, RemittanceRepository::run, providerId, runId);
    }

    /** Which remittance lines a report holds: those of one payment run, or those of one period. */
    public enum Of {
        RUN("rl.run_id"), PERIOD("rl.period_id");

        private final String column;

        Of(String column) {
            this.column = column;
        }
    }

    /**
     * A page of the provider's lines of one run or period, by client name, then period: at most {@code limit},
     * after the line {@code afterLine} (null for the first page). The cursor is the line's id only (a client's
     * name never goes into a URL); its sort key is looked up here.
     *
     * @return empty when {@code afterLine} is not one of these lines
     */
    public Optional<List<RemittanceLineView>> lines(long providerId, Of of, long key, Long afterLine, int limit) {
        String where = "WHERE rl.provider_id = ? AND " + of.column + " = ? ";
        String order = LINE_ORDER + " LIMIT ?";
        if (afterLine == null) {
            return Optional.of(jdbc.list(LINE + where + order, RemittanceRepository::line, providerId, key, limit));
        }
        return jdbc.first("SELECT c.last_name, c.first_name, rl.period_id FROM remittance_line rl JOIN client c "
                + "ON c.id = rl.client_id " + where + "AND rl.id = ?",
                row -> new Object[] {row.getString(1), row.getString(2), row.getLong(3)}, providerId, key, afterLine)
                .map(sortKey -> jdbc.list(LINE + where + "AND (c.last_name, c.first_name, rl.period_id, rl.id) > "
                        + "(?, ?, ?, ?)" + order, RemittanceRepository::line, providerId, key, sortKey[0], sortKey[1],
                        sortKey[2], afterLine, limit));
    }

    /** The total of every line of the run or period by status (every status, zero when it has none). */
    public Map<RemittanceStatus, BigDecimal> totals(long providerId, Of of, long key) {
        Map<RemittanceStatus, BigDecimal> totals = new EnumMap<>(RemittanceStatus.class);
        for (RemittanceStatus status : RemittanceStatus.values()) {
            totals.put(status, BigDecimal.ZERO.setScale(2));
        }
        jdbc.list("SELECT rl.status, SUM(rl.amount) FROM remittance_line rl WHERE rl.provider_id = ? AND "
                + of.column + " = ? GROUP BY rl.status", row -> Map.entry(RemittanceStatus.valueOf(row.getString(1)),
                        row.getBigDecimal(2).setScale(2, RoundingMode.HALF_UP)), providerId, key)
                .forEach(total -> totals.put(total.getKey(), total.getValue()));
        return totals;
    }

    /** The latest period with remittance lines for the provider: what the period view defaults to. */
    public Optional<Long> latestPeriod(long providerId) {
        return jdbc.first("SELECT p.id FROM payment_period p WHERE EXISTS (SELECT 1 FROM remittance_line rl "
                + "WHERE rl.provider_id = ? AND rl.period_id = p.id) ORDER BY p.start_date DESC LIMIT 1",
                row -> row.getLong(1), providerId);
    }

    public List<ChangeSource> changeSources(String runKind, String lineKind) {
        return List.of(
                ChangeSource.streamed(runKind, (provider, after, limit) -> jdbc.cursor(RUN_CHANGES,
                        row -> runWithTotals(provider, row), after, provider, limit)),
                ChangeSource.streamed(lineKind, (provider, after, limit) -> jdbc.cursor(LINE_CHANGES,
                        RemittanceRepository::line, provider, after, limit)));
    }

    private PaymentRunView runWithTotals(long providerId, ResultSet row) throws SQLException {
        long runId = row.getLong("id");
        return jdbc.first(RUN_TOTALS, totals -> new PaymentRunView(runId, row.getString("reference"),
                row.getObject("finalised_on", LocalDate.class), row.getObject("payment_date", LocalDate.class),
                row.getLong("period_id"), totals.getInt("line_count"),
                totals.getBigDecimal("total_paid").setScale(2, RoundingMode.UNNECESSARY)), providerId, runId)
                .orElseThrow();
    }

    private static PaymentRunView run(ResultSet row) throws SQLException {
        return new PaymentRunView(row.getLong("id"), row.getString("reference"),
                row.getObject("finalised_on", LocalDate.class), row.getObject("payment_date", LocalDate.class),
                row.getLong("period_id"), row.getInt("line_count"),
                row.getBigDecimal("total_paid").setScale(2, RoundingMode.UNNECESSARY));
    }

    private static RemittanceLineView line(ResultSet row) throws SQLException {
        return new RemittanceLineView(row.getLong("id"), row.getLong("run_id"), row.getString("reference"),
                row.getLong("client_id"), row.getString("council_reference"),
                row.getString("first_name") + " " + row.getString("last_name"), row.getString("service"),
                row.getLong("period_id"), row.getBigDecimal("amount"),
                RemittanceStatus.valueOf(row.getString("status")), row.getString("reason"));
    }
}
