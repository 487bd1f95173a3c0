package org.providerdesk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.providerdesk.domain.RemittanceStatus;

/**
 * Remittance advice as the guide's two views show it: one payment run (by finalisation: when it was paid) or
 * one period (by period: when the service was provided). Named apart from the api's record of the same idea,
 * which the screens hold; a screen maps one to the other.
 *
 * @param runReference the payment run, such as "PR-2026-08"; null in the period view
 * @param finalisedOn  when the run was finalised; null in the period view
 * @param paymentDate  when the run's money reaches the bank; null in the period view
 * @param periodLabel  the period, such as "Period 8 2026/27"; in the finalisation view the run's period; may be
 *                     null when the run has no single period
 * @param periodStart  the first day of the period; may be null
 * @param periodEnd    the last day of the period; may be null
 */
public record RemittanceAdviceReport(ReportHeader header, View view, String runReference, LocalDate finalisedOn,
        LocalDate paymentDate, String periodLabel, LocalDate periodStart, LocalDate periodEnd, List<Line> lines)
        implements ProviderReport {

    /** By finalisation (date paid) or by period (date of service), as on the remittance advice page. */
    public enum View {
        BY_FINALISATION("Remittance advice by finalisation"),
        BY_PERIOD("Remittance advice by period");

        private final String title;

        View(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * A line of remittance advice.
     *
     * @param runReference the payment run that carried the line
     * @param periodLabel  the period the service was provided in
     * @param amount       negative when retracted
     * @param reason       why it was retracted or suspended; null when paid
     */
    public record Line(String clientReference, String clientName, String service, String runReference,
            LocalDate finalisedOn, String periodLabel, BigDecimal amount, RemittanceStatus status, String reason) {

        public Line {
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String toString() {
            return "RemittanceAdviceReport.Line[" + status + "]";
        }
    }

    public RemittanceAdviceReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(view, "view");
        lines = List.copyOf(lines);
    }

    /** The advice of one payment run. */
    public static RemittanceAdviceReport byFinalisation(ReportHeader header, String runReference,
            LocalDate finalisedOn, LocalDate paymentDate, String periodLabel, List<Line> lines) {
        return new RemittanceAdviceReport(header, View.BY_FINALISATION, Objects.requireNonNull(runReference),
                finalisedOn, paymentDate, periodLabel, null, null, lines);
    }

    /** The advice of every run for services in one period. */
    public static RemittanceAdviceReport byPeriod(ReportHeader header, String periodLabel, LocalDate periodStart,
            LocalDate periodEnd, List<Line> lines) {
        return new RemittanceAdviceReport(header, View.BY_PERIOD, null, null, null,
                Objects.requireNonNull(periodLabel), periodStart, periodEnd, lines);
    }

    /** The sum of the amounts of the lines with this status (zero when there are none). */
    public BigDecimal total(RemittanceStatus status) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : lines) {
            if (line.status() == status) {
                sum = sum.add(line.amount());
            }
        }
        return sum;
    }

    /** What reaches the bank: paid less retracted (suspended lines are held, not paid). */
    public BigDecimal netPayment() {
        return total(RemittanceStatus.PAID).add(total(RemittanceStatus.RETRACTED));
    }

    @Override
    public int lineCount() {
        return lines.size();
    }

    @Override
    public String fileTitle() {
        return view == View.BY_FINALISATION ? "Remittance " + runReference : "Remittance " + periodLabel;
    }
}
