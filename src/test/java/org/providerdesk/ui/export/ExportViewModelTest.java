package org.providerdesk.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.reports.RemittanceAdviceReport;
import org.providerdesk.reports.ReportHeader;
import org.providerdesk.reports.Reports;
import org.providerdesk.ui.common.RecordingDialogs;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.WorkerTaskRunner;

/** View and Download Data without a screen: real report files, a recording dialog service, a fake viewer. */
class ExportViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path home;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<Path> viewed = new ArrayList<>();

    private static RemittanceAdviceReport report() {
        return RemittanceAdviceReport.byFinalisation(new ReportHeader("Westbridge County Council",
                "Rosewood Lodge Care Home", "R1"), "PR-2026-08", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 27), "Period 8 2026/27", List.of(
                        new RemittanceAdviceReport.Line("CL1", "Zoë Hartley", "Residential care", "PR-2026-08",
                                LocalDate.of(2026, 11, 20), "Period 8 2026/27", new BigDecimal("1184.40"),
                                RemittanceStatus.PAID, null),
                        new RemittanceAdviceReport.Line("CL2", "Patrick O'Brien", "Nursing care", "PR-2026-08",
                                LocalDate.of(2026, 11, 20), "Period 7 2026/27", new BigDecimal("-169.20"),
                                RemittanceStatus.RETRACTED, "Hospital admission")));
    }

    private ExportViewModel model(TaskRunner runner, ExportViewModel.ReportSource source) {
        return new ExportViewModel(new ExportViewModel.Services(new Reports(CLOCK), runner, dialogs, viewed::add,
                new LastFolder(home.resolve("settings/export-folder.txt")), home.resolve("view")),
                "the remittance advice", source);
    }

    @Test
    void downloadDataSuggestsTheNameWritesTheWorkbookChosenAndRemembersTheFolder() throws Exception {
        Path folder = Files.createDirectories(home.resolve("Remittances"));
        dialogs.choosing(folder.resolve("November.xlsx"), folder.resolve("November"));
        ExportViewModel model = model(TaskRunner.inline(), ExportViewModelTest::report);

        model.download();
        var asked = dialogs.saveRequests().get(0);
        assertEquals("Remittance PR-2026-08 Rosewood Lodge Care Home.xlsx", asked.suggestedName());
        assertNull(asked.folder(), "no folder remembered yet");
        assertEquals("csv", asked.otherTypes().get(0).extension());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(folder.resolve("November.xlsx")))) {
            assertEquals("Zoë Hartley", workbook.getSheetAt(0).getRow(4).getCell(1).getStringCellValue());
        }
        assertTrue(model.message().get().startsWith("Saved November.xlsx"), model.message().get());

        model.download();
        assertEquals(folder, dialogs.saveRequests().get(1).folder());
        assertTrue(Files.exists(folder.resolve("November.xlsx")), "a name without an extension is a workbook");
        assertFalse(model.running().get());
    }

    @Test
    void aNameEndingInCsvIsWrittenAsCsv() throws Exception {
        dialogs.choosing(home.resolve("advice.CSV"));
        model(TaskRunner.inline(), ExportViewModelTest::report).download();
        String text = Files.readString(home.resolve("advice.CSV"), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"));
        assertTrue(text.contains("Patrick O'Brien"));
    }

    @Test
    void cancellingTheSaveQuestionWritesNothing() throws Exception {
        model(TaskRunner.inline(), ExportViewModelTest::report).download();
        assertEquals(List.of("save: Download the remittance advice"), dialogs.calls());
        try (var files = Files.list(home)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void viewWritesThePdfToATemporaryFileAndOpensItSayingWhereItIs() throws Exception {
        ExportViewModel model = model(TaskRunner.inline(), ExportViewModelTest::report);
        model.view();
        assertEquals(1, viewed.size());
        Path pdf = viewed.get(0);
        assertEquals("Remittance PR-2026-08 Rosewood Lodge Care Home.pdf", pdf.getFileName().toString());
        assertEquals("Opened in your PDF viewer. No viewer? It is saved as " + pdf,
                model.message().get(), "a machine without a PDF viewer gives no sign of it");
        byte[] start = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertEquals(5, in.read(start));
        }
        assertEquals("%PDF-", new String(start, StandardCharsets.US_ASCII));
    }

    @Test
    void withNothingChosenThereIsNothingToViewAndNoDialog() {
        ExportViewModel model = model(TaskRunner.inline(), () -> null);
        model.view();
        model.download();
        assertTrue(viewed.isEmpty());
        assertTrue(dialogs.calls().isEmpty());
        assertEquals("There is nothing to download yet.", model.message().get());
    }

    @Test
    void aRunningExportCanBeCancelledAndOpensNothing() throws Exception {
        ExecutorService worker = Executors.newSingleThreadExecutor();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExportViewModel model = model(new WorkerTaskRunner(worker, Runnable::run), () -> {
            started.countDown();
            release.await(); // interrupted by Cancel
            return report();
        });
        model.view();
        assertTrue(started.await(30, TimeUnit.SECONDS));
        assertTrue(model.running().get());
        model.cancel();
        assertFalse(model.running().get());
        assertEquals("Cancelled.", model.message().get());
        release.countDown();
        worker.shutdown();
        assertTrue(worker.awaitTermination(30, TimeUnit.SECONDS));
        assertTrue(viewed.isEmpty());
        assertTrue(dialogs.calls().isEmpty(), "a cancelled export is no error: " + dialogs.calls());
    }

    @Test
    void aFailedExportIsAnErrorInWords() {
        ExportViewModel model = model(TaskRunner.inline(), () -> {
            throw new java.io.IOException("disk full");
        });
        model.view();
        assertEquals(List.of("error: Could not export the remittance advice"), dialogs.calls());
        assertFalse(model.running().get());
    }
}
