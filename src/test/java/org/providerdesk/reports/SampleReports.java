package org.providerdesk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.domain.ScheduleStatus;

/** Invented reports resembling the demo data: Westbridge County Council pays Rosewood Lodge Care Home. */
final class SampleReports {

    static final ReportHeader HEADER = new ReportHeader("Westbridge County Council", "Rosewood Lodge Care Home",
            "PRV-10231");
    static final String PERIOD = "Period 8 2026/27";
    static final LocalDate PERIOD_START = LocalDate.of(2026, 10, 19);
    static final LocalDate PERIOD_END = LocalDate.of(2026, 11, 15);
    static final LocalDate FINALISED = LocalDate.of(2026, 11, 20);
    static final LocalDate PAID_ON = LocalDate.of(2026, 11, 26);
    static final String[][] CLIENTS = {
            {"WCC-400117", "Zoë Hartley"}, {"WCC-400152", "Siân Pryce-Evans"}, {"WCC-400203", "Patrick O'Brien"},
            {"WCC-400218", "Margaret Ellison"}, {"WCC-400240", "Dennis Okafor"}, {"WCC-400266", "Brian D'Souza"},
            {"WCC-400281", "Eileen Marchetti"}, {"WCC-400305", "Harold Finch, Jr"}};
    static final String[] SERVICES = {"Residential care (standard)", "Residential care with nursing",
            "Respite stay", "Dementia enhancement", "One-to-one support (\"day\" hours)"};

    private SampleReports() {
    }

    /** The demo-like remittance of run PR-2026-08: paid lines, one retraction, one suspension. */
    static RemittanceAdviceReport remittanceByFinalisation() {
        List<RemittanceAdviceReport.Line> lines = new ArrayList<>();
        lines.add(paid(0, 0, "1184.40"));
        lines.add(paid(1, 1, "1642.20"));
        lines.add(paid(2, 0, "1184.40"));
        lines.add(paid(2, 3, "126.00"));
        lines.add(new RemittanceAdviceReport.Line("WCC-400203", "Patrick O'Brien", SERVICES[0], "PR-2026-08",
                FINALISED, "Period 7 2026/27", new BigDecimal("-169.20"), RemittanceStatus.RETRACTED,
                "Hospital admission 3 to 4 October"));
        lines.add(paid(3, 0, "1184.40"));
        lines.add(new RemittanceAdviceReport.Line("WCC-400240", "Dennis Okafor", SERVICES[4], "PR-2026-08",
                FINALISED, PERIOD, new BigDecimal("312.50"), RemittanceStatus.SUSPENDED,
                "Over contracted provision: variation needed"));
        lines.add(paid(4, 1, "1642.20"));
        lines.add(paid(5, 2, "845.00"));
        return RemittanceAdviceReport.byFinalisation(HEADER, "PR-2026-08", FINALISED, PAID_ON, PERIOD, lines);
    }

    private static RemittanceAdviceReport.Line paid(int client, int service, String amount) {
        return new RemittanceAdviceReport.Line(CLIENTS[client][0], CLIENTS[client][1], SERVICES[service],
                "PR-2026-08", FINALISED, PERIOD, new BigDecimal(amount), RemittanceStatus.PAID, null);
    }

    /** A report of {@code count} lines over many clients, amounts varying, every status present. */
    static RemittanceAdviceReport remittanceOf(int count) {
        List<RemittanceAdviceReport.Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int client = i % 400;
            RemittanceStatus status = i % 50 == 7 ? RemittanceStatus.RETRACTED
                    : i % 40 == 3 ? RemittanceStatus.SUSPENDED : RemittanceStatus.PAID;
            BigDecimal amount = BigDecimal.valueOf(10_000 + (i * 7919L) % 150_000, 2);
            lines.add(new RemittanceAdviceReport.Line(String.format("WCC-%06d", 400_000 + client),
                    CLIENTS[client % CLIENTS.length][1] + " " + client, SERVICES[i % SERVICES.length],
                    "PR-2026-" + (1 + i % 9), FINALISED.minusDays(i % 200), "Period " + (1 + i % 13) + " 2026/27",
                    status == RemittanceStatus.RETRACTED ? amount.negate() : amount, status,
                    status == RemittanceStatus.PAID ? null : "Adjustment " + i));
        }
        return RemittanceAdviceReport.byPeriod(HEADER, PERIOD, PERIOD_START, PERIOD_END, lines);
    }

    static RemittanceAdviceReport emptyPeriod() {
        return RemittanceAdviceReport.byPeriod(HEADER, "Period 9 2026/27", LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 12, 13), List.of());
    }

    static ScheduleReport schedule() {
        List<ScheduleReport.Line> lines = List.of(
                scheduleLine(0, 0, "28", "42.30", "1184.40", "1184.40", LineStatus.PAYABLE),
                scheduleLine(1, 1, "28", "58.65", "1642.20", "1642.20", LineStatus.PAYABLE),
                scheduleLine(2, 0, "28", "42.30", "1184.40", "1184.40", LineStatus.PAYABLE),
                scheduleLine(4, 4, "25", "24.50", "612.50", "300.00", LineStatus.SUSPENDED),
                scheduleLine(4, 1, "28", "58.65", "1642.20", "1642.20", LineStatus.PAYABLE),
                scheduleLine(6, 2, "14", "60.00", "840.00", "600.00", LineStatus.SUSPENDED));
        return new ScheduleReport(HEADER, PERIOD, PERIOD_START, PERIOD_END, LocalDate.of(2026, 11, 20),
                PAID_ON, ScheduleStatus.UNCONFIRMED, lines);
    }

    private static ScheduleReport.Line scheduleLine(int client, int service, String units, String rate,
            String amount, String contracted, LineStatus status) {
        return new ScheduleReport.Line(CLIENTS[client][0], CLIENTS[client][1], SERVICES[service],
                new BigDecimal(units), new BigDecimal(rate), new BigDecimal(amount), new BigDecimal(contracted),
                status);
    }

    static CarePackagesReport carePackages() {
        List<CarePackagesReport.Line> lines = List.of(
                new CarePackagesReport.Line(CLIENTS[0][0], CLIENTS[0][1], SERVICES[0], LocalDate.of(2024, 3, 4),
                        null, new BigDecimal("7"), "nights per week", new BigDecimal("42.30"), "Weekly",
                        new BigDecimal("1184.40")),
                new CarePackagesReport.Line(CLIENTS[1][0], CLIENTS[1][1], SERVICES[1], LocalDate.of(2025, 6, 16),
                        null, new BigDecimal("7"), "nights per week", new BigDecimal("58.65"), "Weekly",
                        new BigDecimal("1642.20")),
                new CarePackagesReport.Line(CLIENTS[2][0], CLIENTS[2][1], SERVICES[3], LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 12, 31), new BigDecimal("4.5"), "hours per week", new BigDecimal("28.00"),
                        "Weekly", new BigDecimal("504.00")),
                new CarePackagesReport.Line(CLIENTS[7][0], CLIENTS[7][1], SERVICES[2], LocalDate.of(2026, 11, 2),
                        LocalDate.of(2026, 11, 15), new BigDecimal("14"), "nights", new BigDecimal("60.00"),
                        "One-off", null));
        return new CarePackagesReport(HEADER, LocalDate.of(2026, 12, 1), lines);
    }
}
