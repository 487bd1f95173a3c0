package org.providerdesk.server.remittances;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.server.payments.PeriodRepository;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.ServerParts;

/**
 * The council finalising a published period: one payment run whose lines are the confirmed schedules' lines,
 * payable ones paid and suspended ones held (suspended). Unconfirmed and rejected schedules are not paid.
 * A period is finalised once. Runs inside the caller's transaction (an idempotent write).
 */
public final class PaymentRunFinaliser {

    static final String LATE_RELEASE_REASON = "Released after a variation: paid in the next payment run";

    static final String SUSPENDED_REASON = "Above the contracted provision: held until a variation is approved";

    private final ServerParts parts;
    private final PeriodRepository periods;

    public PaymentRunFinaliser(ServerParts parts, PeriodRepository periods) {
        this.parts = parts;
        this.periods = periods;
    }

    /** The run's reference, such as "PR-2026-09". */
    public static String reference(PeriodView period) {
        return "PR-" + period.financialYear() + "-" + String.format("%02d", period.number());
    }

    /** @throws ApiException 404 unknown period; 409 not published yet, still open for decisions, or finalised */
    public PaymentRunView finalise(long periodId, long actorUserId) {
        PeriodView period = periods.find(periodId)
                .orElseThrow(() -> ApiException.notFound("There is no such payment period."));
        if (!period.published()) {
            throw conflict("This period has not been published yet: publish its schedules first.");
        }
        if (!parts.today().isAfter(period.confirmationDeadline())) {
            throw conflict("Providers can confirm or reject this period's schedules until "
                    + period.confirmationDeadline() + ": finalise it after that day.");
        }
        ChangeNumbers changeNumbers = new ChangeNumbers(parts.jdbc());
        long runChangeNo = changeNumbers.next();
        // checked under the change counter's lock, which serialises writers: two finalisations cannot both pass
        if (parts.jdbc().count("SELECT COUNT(*) FROM payment_run WHERE period_id = ?", periodId) > 0) {
            throw conflict("This period was already finalised.");
        }
        List<Object[]> lines = parts.jdbc().list("SELECT l.provider_id, l.client_id, l.service, l.amount, l.status "
                + "FROM schedule_line l JOIN payment_schedule s ON s.id = l.schedule_id WHERE s.period_id = ? "
                + "AND s.status = 'CONFIRMED' ORDER BY l.id", row -> new Object[] {row.getLong(1), row.getLong(2),
                    row.getString(3), row.getBigDecimal(4), row.getString(5)}, periodId);
        LocalDate today = parts.today();
        LocalDate paymentDate = period.paymentDate().isBefore(today) ? today : period.paymentDate();
        long runId = parts.jdbc().insert("INSERT INTO payment_run (reference, finalised_on, payment_date, period_id, "
                + "change_no) VALUES (?, ?, ?, ?, ?)", reference(period), today, paymentDate, periodId, runChangeNo);
        long changeNo = lines.isEmpty() ? 0 : changeNumbers.take(lines.size());
        List<Object[]> rows = new ArrayList<>(lines.size());
        BigDecimal paid = BigDecimal.ZERO.setScale(2);
        for (Object[] line : lines) {
            boolean payable = "PAYABLE".equals(line[4]);
            if (payable) {
                paid = paid.add((BigDecimal) line[3]);
            }
            rows.add(new Object[] {runId, line[0], line[1], line[2], periodId, line[3],
                payable ? RemittanceStatus.PAID : RemittanceStatus.SUSPENDED, payable ? null : SUSPENDED_REASON,
                changeNo++});
        }
        parts.jdbc().batch("INSERT INTO remittance_line (run_id, provider_id, client_id, service, period_id, amount, "
                + "status, reason, change_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        paid = paid.add(payLateReleases(runId, changeNumbers));
        parts.audit().record(actorUserId, "finalise period", "period:" + periodId,
                "run:" + runId + " lines:" + lines.size());
        return new PaymentRunView(runId, reference(period), today, paymentDate, periodId, lines.size(), paid);
    }

    /**
     * Suspended lines released after their own period's run was finalised are paid in this run, each once,
     * under their own period (the remittance says so).
     *
     * @return the amount paid
     */
    private BigDecimal payLateReleases(long runId, ChangeNumbers changeNumbers) {
        List<Object[]> late = parts.jdbc().list("SELECT l.id, l.provider_id, l.client_id, l.service, s.period_id, "
                + "l.amount FROM late_release r JOIN schedule_line l ON l.id = r.schedule_line_id "
                + "JOIN payment_schedule s ON s.id = l.schedule_id WHERE r.paid_run_id IS NULL "
                + "AND l.status = 'PAYABLE' AND s.status = 'CONFIRMED' ORDER BY l.id", row -> new Object[] {
                    row.getLong(1), row.getLong(2), row.getLong(3), row.getString(4), row.getLong(5),
                    row.getBigDecimal(6)});
        if (late.isEmpty()) {
            return BigDecimal.ZERO;
        }
        long changeNo = changeNumbers.take(late.size());
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> marks = new ArrayList<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (Object[] line : late) {
            rows.add(new Object[] {runId, line[1], line[2], line[3], line[4], line[5], RemittanceStatus.PAID,
                LATE_RELEASE_REASON, changeNo++});
            marks.add(new Object[] {runId, line[0]});
            paid = paid.add((BigDecimal) line[5]);
        }
        parts.jdbc().batch("INSERT INTO remittance_line (run_id, provider_id, client_id, service, period_id, amount, "
                + "status, reason, change_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
        parts.jdbc().batch("UPDATE late_release SET paid_run_id = ? WHERE schedule_line_id = ?", marks);
        return paid;
    }

    private static ApiException conflict(String detail) {
        return new ApiException(409, ProblemTypes.CONFLICT, "Not possible now", detail);
    }
}
