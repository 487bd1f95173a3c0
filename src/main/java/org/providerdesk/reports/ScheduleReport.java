package org.providerdesk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.ScheduleStatus;

/**
 * A provider's payment schedule for one period: the payable lines and those held on the Non-payable tab
 * (suspended, because they exceed the client's contracted provision).
 *
 * @param status the schedule's status: unconfirmed, confirmed or rejected
 */
public record ScheduleReport(ReportHeader header, String periodLabel, LocalDate periodStart, LocalDate periodEnd,
        LocalDate confirmationDeadline, LocalDate paymentDate, ScheduleStatus status, List<Line> lines)
        implements ProviderReport {

    /**
     * One line of the schedule: a client's service in the period.
     *
     * @param contractedProvision what the line item allows for the period; may be null
     * @param status              payable, or suspended (Non-payable)
     */
    public record Line(String clientReference, String clientName, String service, BigDecimal units,
            BigDecimal unitRate, BigDecimal amount, BigDecimal contractedProvision, LineStatus status) {

        public Line {
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(status, "status");
        }

        @Override
        public String toString() {
            return "ScheduleReport.Line[" + status + "]";
        }
    }

    public ScheduleReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(periodLabel, "periodLabel");
        Objects.requireNonNull(status, "status");
        lines = List.copyOf(lines);
    }

    public List<Line> payableLines() {
        return lines.stream().filter(l -> l.status() == LineStatus.PAYABLE).toList();
    }

    public List<Line> nonPayableLines() {
        return lines.stream().filter(l -> l.status() == LineStatus.SUSPENDED).toList();
    }

    /** The sum of the amounts of the lines with this status. */
    public BigDecimal total(LineStatus lineStatus) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : lines) {
            if (line.status() == lineStatus) {
                sum = sum.add(line.amount());
            }
        }
        return sum;
    }

    @Override
    public int lineCount() {
        return lines.size();
    }

    @Override
    public String fileTitle() {
        return "Payment schedule " + periodLabel;
    }
}
