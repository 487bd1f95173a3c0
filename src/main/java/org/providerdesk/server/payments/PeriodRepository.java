package org.providerdesk.server.payments;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.FinancialYearView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.domain.FinancialYear;
import org.providerdesk.domain.PaymentPeriod;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.sync.ChangeSource;

/** The council's published payment periods. Council-wide: not owned by a provider. */
public final class PeriodRepository {

    static final String COLUMNS = "p.id AS period_id, p.financial_year, p.period_no, p.start_date, p.end_date, "
            + "p.confirmation_deadline, p.payment_date, p.published_at";
    private static final String SELECT = "SELECT " + COLUMNS + ", p.change_no FROM payment_period p ";

    private final Jdbc jdbc;

    public PeriodRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a published calendar; one change number per period. */
    public void insertAll(List<PaymentPeriod> periods) {
        jdbc.inTransaction(() -> {
            long changeNo = new ChangeNumbers(jdbc).take(periods.size());
            for (PaymentPeriod period : periods) {
                jdbc.update("INSERT INTO payment_period (financial_year, period_no, start_date, end_date, "
                        + "confirmation_deadline, payment_date, change_no) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        period.financialYear().startYear(), period.number(), period.startDate(), period.endDate(),
                        period.confirmationDeadline(), period.paymentDate(), changeNo++);
            }
            return null;
        });
    }

    public List<PeriodView> periodsOf(int financialYear) {
        return jdbc.list(SELECT + "WHERE p.financial_year = ? ORDER BY p.period_no", PeriodRepository::period,
                financialYear);
    }

    public List<FinancialYearView> years(LocalDate today) {
        int current = FinancialYear.of(today).startYear();
        return jdbc.list("SELECT DISTINCT financial_year FROM payment_period ORDER BY financial_year DESC",
                row -> {
                    int year = row.getInt(1);
                    return new FinancialYearView(year, new FinancialYear(year).label(), year == current);
                });
    }

    public Optional<PeriodView> find(long periodId) {
        return jdbc.first(SELECT + "WHERE p.id = ?", PeriodRepository::period, periodId);
    }

    /** The period that contains {@code date}, if the council published one. */
    public Optional<PeriodView> containing(LocalDate date) {
        return jdbc.first(SELECT + "WHERE p.start_date <= ? AND p.end_date >= ?", PeriodRepository::period, date,
                date);
    }

    /** Marks a period published, with a new change number; false when it already was. */
    boolean markPublished(long periodId, Instant at, long changeNo) {
        return jdbc.update("UPDATE payment_period SET published_at = ?, change_no = ? WHERE id = ? "
                + "AND published_at IS NULL", at, changeNo, periodId) == 1;
    }

    public ChangeSource changeSource(String kind) {
        return ChangeSource.of(kind, (provider, after, limit) -> jdbc.list(SELECT + "WHERE p.change_no > ? "
                + "ORDER BY p.change_no LIMIT ?", row -> new ChangeSource.Row(row.getLong("period_id"),
                        row.getLong("change_no"), period(row)), after, limit));
    }

    /** Maps the {@link #COLUMNS} of a row. */
    public static PeriodView period(ResultSet row) throws SQLException {
        int year = row.getInt("financial_year");
        return new PeriodView(row.getLong("period_id"), year, new FinancialYear(year).label(),
                row.getInt("period_no"), row.getObject("start_date", LocalDate.class),
                row.getObject("end_date", LocalDate.class), row.getObject("confirmation_deadline", LocalDate.class),
                row.getObject("payment_date", LocalDate.class), row.getObject("published_at") != null);
    }

    public static PaymentPeriod domain(PeriodView view) {
        return new PaymentPeriod(new FinancialYear(view.financialYear()), view.number(), view.startDate(),
                view.endDate(), view.confirmationDeadline(), view.paymentDate());
    }
}
