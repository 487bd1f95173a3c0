package org.providerdesk.reports;

import java.util.List;
import org.providerdesk.domain.LineStatus;

/** Lays each report out as a spreadsheet table: its columns (typed) and its sheets, one per view. */
final class Tables {

    private Tables() {
    }

    static Table<?> of(ProviderReport report, String producedAt) {
        if (report instanceof RemittanceAdviceReport r) {
            return remittance(r, producedAt);
        }
        if (report instanceof ScheduleReport s) {
            return schedule(s, producedAt);
        }
        return carePackages((CarePackagesReport) report, producedAt);
    }

    private static List<String> titleLines(ProviderReport report, String producedAt) {
        return List.of(ReportTexts.title(report) + ": " + report.header().providerLine(),
                report.header().councilName() + " · " + ReportTexts.scope(report),
                "Produced " + producedAt);
    }

    static Table<RemittanceAdviceReport.Line> remittance(RemittanceAdviceReport report, String producedAt) {
        List<Column<RemittanceAdviceReport.Line>> columns = List.of(
                Column.text("Client reference", RemittanceAdviceReport.Line::clientReference),
                Column.text("Client name", RemittanceAdviceReport.Line::clientName),
                Column.text("Service", RemittanceAdviceReport.Line::service),
                Column.text("Period", RemittanceAdviceReport.Line::periodLabel),
                Column.text("Payment run", RemittanceAdviceReport.Line::runReference),
                Column.date("Finalised", RemittanceAdviceReport.Line::finalisedOn),
                Column.text("Status", line -> ReportTexts.status(line.status())),
                Column.text("Reason", RemittanceAdviceReport.Line::reason),
                Column.money("Amount (£)", RemittanceAdviceReport.Line::amount, true));
        String sheet = report.view() == RemittanceAdviceReport.View.BY_FINALISATION ? "By finalisation" : "By period";
        return new Table<>(titleLines(report, producedAt), columns, List.of(new Table.Sheet<>(sheet, report.lines())));
    }

    static Table<ScheduleReport.Line> schedule(ScheduleReport report, String producedAt) {
        List<Column<ScheduleReport.Line>> columns = List.of(
                Column.text("Client reference", ScheduleReport.Line::clientReference),
                Column.text("Client name", ScheduleReport.Line::clientName),
                Column.text("Service", ScheduleReport.Line::service),
                Column.units("Units", ScheduleReport.Line::units),
                Column.money("Unit rate (£)", ScheduleReport.Line::unitRate, false),
                Column.money("Amount (£)", ScheduleReport.Line::amount, true),
                Column.money("Contracted provision (£)", ScheduleReport.Line::contractedProvision, false),
                Column.text("Status", line -> ReportTexts.status(line.status())));
        return new Table<>(titleLines(report, producedAt), columns, List.of(
                new Table.Sheet<>("Scheduled payments", report.payableLines()),
                new Table.Sheet<>("Non-payable", report.nonPayableLines())));
    }

    static Table<CarePackagesReport.Line> carePackages(CarePackagesReport report, String producedAt) {
        List<Column<CarePackagesReport.Line>> columns = List.of(
                Column.text("Client reference", CarePackagesReport.Line::clientReference),
                Column.text("Client name", CarePackagesReport.Line::clientName),
                Column.text("Service", CarePackagesReport.Line::service),
                Column.date("Start date", CarePackagesReport.Line::startDate),
                Column.date("End date", CarePackagesReport.Line::endDate),
                Column.units("Units", CarePackagesReport.Line::units),
                Column.text("Unit", CarePackagesReport.Line::unit),
                Column.money("Unit rate (£)", CarePackagesReport.Line::unitRate, false),
                Column.text("Frequency", CarePackagesReport.Line::frequency),
                Column.money("Contracted per period (£)", CarePackagesReport.Line::contractedPerPeriod, true));
        return new Table<>(titleLines(report, producedAt), columns,
                List.of(new Table.Sheet<>("Care package line items", report.lines())));
    }

    /** True for the schedule's Non-payable lines, which the PDF marks. */
    static boolean nonPayable(ScheduleReport.Line line) {
        return line.status() == LineStatus.SUSPENDED;
    }
}
