package org.providerdesk.ui.export;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.providerdesk.api.LineItemView;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.reports.CarePackagesReport;
import org.providerdesk.reports.RemittanceAdviceReport;
import org.providerdesk.reports.ReportHeader;
import org.providerdesk.reports.ScheduleReport;

/**
 * The cached api records as the {@code reports} package's records: remittance advice of a run or of a period, a
 * period's schedule (payable and Non-payable lines), the care package line items.
 */
public final class ReportRecords {

    /** What a report header says when the council's name was never saved on this computer (no home page yet). */
    public static final String DEFAULT_COUNCIL = "the council";

    private ReportRecords() {
    }

    /** @param councilName as the home page gives it; null or blank for {@link #DEFAULT_COUNCIL} */
    public static ReportHeader header(String councilName, ProviderSummary provider) {
        String council = councilName == null || councilName.isBlank() ? DEFAULT_COUNCIL : councilName;
        return new ReportHeader(council, provider.name(), provider.councilReference());
    }

    /** "Period 8 2026/27". */
    public static String periodLabel(PeriodView period) {
        return "Period " + period.number() + " " + period.financialYearLabel();
    }

    /** Periods by id, for the lines that name theirs by id. */
    public static Map<Long, PeriodView> byId(Collection<PeriodView> periods) {
        return periods.stream().collect(Collectors.toMap(PeriodView::id, Function.identity(), (a, b) -> a));
    }

    /** The advice of one payment run (by finalisation). */
    public static RemittanceAdviceReport remittanceOfRun(ReportHeader header, PaymentRunView run,
            List<RemittanceLineView> lines, Map<Long, PeriodView> periods, Map<Long, PaymentRunView> runs) {
        PeriodView period = periods.get(run.periodId());
        return RemittanceAdviceReport.byFinalisation(header, run.reference(), run.finalisedOn(), run.paymentDate(),
                period == null ? null : periodLabel(period), remittanceLines(lines, periods, runs));
    }

    /** The advice of every run for services in one period (by period). */
    public static RemittanceAdviceReport remittanceOfPeriod(ReportHeader header, PeriodView period,
            List<RemittanceLineView> lines, Map<Long, PeriodView> periods, Map<Long, PaymentRunView> runs) {
        return RemittanceAdviceReport.byPeriod(header, periodLabel(period), period.startDate(), period.endDate(),
                remittanceLines(lines, periods, runs));
    }

    private static List<RemittanceAdviceReport.Line> remittanceLines(List<RemittanceLineView> lines,
            Map<Long, PeriodView> periods, Map<Long, PaymentRunView> runs) {
        return lines.stream().map(line -> {
            PeriodView period = periods.get(line.periodId());
            PaymentRunView run = runs.get(line.runId());
            return new RemittanceAdviceReport.Line(line.clientReference(), line.clientName(), line.service(),
                    line.runReference(), run == null ? null : run.finalisedOn(),
                    period == null ? null : periodLabel(period), line.amount(), line.status(), line.reason());
        }).toList();
    }

    /** A period's schedule: its payable lines and the Non-payable (suspended) ones, as the lines say. */
    public static ScheduleReport schedule(ReportHeader header, ScheduleSummary schedule,
            List<ScheduleLineView> lines) {
        PeriodView period = schedule.period();
        return new ScheduleReport(header, periodLabel(period), period.startDate(), period.endDate(),
                period.confirmationDeadline(), period.paymentDate(), schedule.status(), lines.stream()
                        .map(line -> new ScheduleReport.Line(line.clientReference(), line.clientName(),
                                line.service(), line.units(), line.unitRate(), line.amount(),
                                line.contractedProvision(), line.status()))
                        .toList());
    }

    /** The care package line items shown, as at {@code asOf}. */
    public static CarePackagesReport carePackages(ReportHeader header, LocalDate asOf, List<LineItemView> items) {
        return new CarePackagesReport(header, asOf, items.stream()
                .map(item -> new CarePackagesReport.Line(item.clientReference(), item.clientName(), item.service(),
                        item.startDate(), item.endDate(), item.units(), item.unit(), item.unitRate(),
                        item.frequency(), item.contractedPerPeriod()))
                .toList());
    }
}
