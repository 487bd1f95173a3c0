package org.providerdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry points: files written whole or not at all, progress, cancelling, suggested names. */
class ReportsTest {

    private final Reports reports = new Reports(FixedClock.CLOCK);

    @TempDir
    Path folder;

    @Test
    void suggestedNamesSayWhatAndForWhomAndSuitEveryDesktop() {
        assertEquals("Remittance PR-2026-08 Rosewood Lodge Care Home.xlsx",
                Reports.suggestedFileName(SampleReports.remittanceByFinalisation(), ReportFormat.XLSX));
        assertEquals("Remittance Period 8 2026-27 Rosewood Lodge Care Home.pdf",
                Reports.suggestedFileName(SampleReports.remittanceOf(1), ReportFormat.PDF));
        assertEquals("Payment schedule Period 8 2026-27 Rosewood Lodge Care Home.csv",
                Reports.suggestedFileName(SampleReports.schedule(), ReportFormat.CSV));
        assertEquals("Care packages 2026-12-01 Rosewood Lodge Care Home.xlsx",
                Reports.suggestedFileName(SampleReports.carePackages(), ReportFormat.XLSX));
    }

    @Test
    void fileNamesLoseOnlyWhatWindowsOrMacOsRefuse() {
        assertEquals("Siân O'Brien's Home - Zoë.csv", FileNames.suggested("Siân O'Brien's Home: Zoë", "csv"));
        assertEquals("A-B-C what now.pdf", FileNames.suggested("A/B\\C <what> \"now\"?*..  ", "pdf"));
        assertEquals("Report CON.xlsx", FileNames.suggested("CON", "xlsx"));
        assertEquals("Report.csv", FileNames.suggested(" ... ", "csv"));
        assertEquals("Tab separated.csv", FileNames.suggested("Tab\tseparated", "csv"));
        String longName = FileNames.suggested("x".repeat(300), "xlsx");
        assertEquals(FileNames.MAX_LENGTH + ".xlsx".length(), longName.length());
    }

    @Test
    void writeFileReplacesTheTargetWholeAndLeavesNothingElse() throws IOException {
        Path target = folder.resolve(Reports.suggestedFileName(SampleReports.schedule(), ReportFormat.PDF));
        Files.writeString(target, "an older copy");
        Path written = reports.writeFile(SampleReports.schedule(), ReportFormat.PDF, target, ReportProgress.NONE);
        assertEquals(target.toAbsolutePath(), written);
        assertTrue(Files.readString(target, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
        assertEquals(List.of(target.getFileName()), fileNames());
    }

    @Test
    void progressReachesTheTotalForEveryFormat() throws IOException {
        RemittanceAdviceReport report = SampleReports.remittanceOf(12_000);
        for (ReportFormat format : ReportFormat.values()) {
            List<long[]> updates = new ArrayList<>();
            reports.writeFile(report, format, folder.resolve("r." + format.extension()),
                    (done, total) -> updates.add(new long[] {done, total}));
            assertTrue(updates.size() > 2, format + " gave " + updates.size() + " updates");
            long[] last = updates.get(updates.size() - 1);
            assertEquals(12_000, last[0], format.name());
            assertEquals(12_000, last[1], format.name());
            for (int i = 1; i < updates.size(); i++) {
                assertTrue(updates.get(i)[0] >= updates.get(i - 1)[0], "progress goes forward");
            }
        }
    }

    @Test
    void anInterruptedExportStopsAndLeavesNoFile() throws IOException {
        Path target = folder.resolve("cancelled.xlsx");
        try {
            assertThrows(CancellationException.class, () -> reports.writeFile(SampleReports.remittanceOf(20_000),
                    ReportFormat.XLSX, target, (done, total) -> Thread.currentThread().interrupt()));
        } finally {
            Thread.interrupted();
        }
        assertFalse(Files.exists(target));
        assertEquals(List.of(), fileNames());
    }

    @Test
    void recordsRefuseMissingEssentials() {
        assertThrows(NullPointerException.class, () -> new ReportHeader(null, "Rosewood", null));
        assertThrows(NullPointerException.class, () -> new CarePackagesReport(SampleReports.HEADER, null, List.of()));
        assertEquals("Rosewood Lodge Care Home", new ReportHeader("W", "Rosewood Lodge Care Home", " ")
                .providerLine());
        assertEquals(LocalDate.of(2026, 12, 1), SampleReports.carePackages().asOf());
    }

    private List<Path> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(Path::getFileName).toList();
        }
    }
}
