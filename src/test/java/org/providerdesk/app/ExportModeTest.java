package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.client.data.Periods;
import org.providerdesk.client.data.ScheduleLines;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.client.data.Remittances;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.server.demo.DemoData;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;

/**
 * {@code --export} end to end: a cache synced from the real server, then the export entry point with the
 * password on standard input, and the file read back.
 */
class ExportModeTest {

    @TempDir
    Path home;
    private TestServer server;
    private SavedData saved;
    private long providerId;
    private List<RemittanceLineView> latestRunLines;
    private PaymentRunView latestRun;
    private List<ScheduleLineView> period8Lines;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void syncTheDemoProviderOntoThisComputer() {
        server = TestServer.start();
        PortalClient client = server.newClient();
        SessionInfo session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        providerId = session.user().providers().get(0).id();
        saved = new SavedData(home.resolve("app-data"), new CacheKey(1_000));
        try (LocalCache cache = saved.open(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD.toCharArray())) {
            new CacheStore(cache).saveOwner(session.user(), client.baseUrl());
            new SyncEngine(client, cache, Clock.systemUTC(), 300, ApplyFaults.NONE).sync(providerId, s -> { });
            DeskSession.offline(cache, Clock.systemUTC()).saveHome(client.home(providerId));
            Remittances remittances = new Remittances(cache);
            latestRun = remittances.runs(providerId).get(0);
            latestRunLines = remittances.linesOfRun(providerId, latestRun.id());
            PeriodView period8 = new Periods(cache).ofYear(providerId, 2026).stream().filter(p -> p.number() == 8)
                    .findFirst().orElseThrow();
            period8Lines = new ScheduleLines(cache).ofPeriod(providerId, period8.id());
        }

    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theLatestRemittanceIsWrittenAsAWorkbookWhoseLinesAndTotalAreTheCachedOnes() throws Exception {
        Path file = home.resolve("remittance.xlsx");
        int code = export(DemoUsers.PASSWORD + "\n", "--export", "remittance", "--email",
                DemoUsers.SINGLE_HOME_MANAGER, "--provider", Long.toString(providerId), "--format", "xlsx",
                "--out", file.toString());
        assertEquals(0, code, err.toString());
        assertTrue(err.toString().isEmpty(), err.toString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith(DemoData.COUNCIL_NAME));
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().contains(latestRun.reference()));
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < latestRunLines.size(); i++) {
                Row row = sheet.getRow(4 + i);
                assertEquals(CellType.NUMERIC, row.getCell(8).getCellType());
                sum = sum.add(BigDecimal.valueOf(row.getCell(8).getNumericCellValue()));
            }
            BigDecimal cached = latestRunLines.stream().map(RemittanceLineView::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, cached.compareTo(sum.setScale(2, java.math.RoundingMode.HALF_UP)), cached + " vs " + sum);
        }
    }

    @Test
    void aScheduleOfAChosenPeriodIsWrittenAsCsvAndThePdfNamesTheProvider() throws Exception {
        Path csv = home.resolve("schedule.csv");
        assertEquals(0, export(DemoUsers.PASSWORD + "\n", "--export", "schedule", "--email",
                DemoUsers.SINGLE_HOME_MANAGER, "--provider", Long.toString(providerId), "--period", "2026-8",
                "--format", "csv", "--out", csv.toString()), err.toString());
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), "a byte-order mark for Excel");
        List<String> records = text.substring(1).lines().toList();
        assertFalse(period8Lines.isEmpty());
        assertEquals(period8Lines.size() + 1, records.size(), "the header and each line of period 8 of 2026/27");
        long suspended = period8Lines.stream().filter(l -> l.status() == LineStatus.SUSPENDED).count();
        assertEquals(suspended, records.stream().filter(r -> r.endsWith(",Non-payable (suspended)")).count());
        for (ScheduleLineView line : period8Lines) {
            assertTrue(text.contains(line.clientReference() + ","), line.clientReference());
        }

        Path pdf = home.resolve("packages.pdf");
        assertEquals(0, export(DemoUsers.PASSWORD + "\n", "--export", "care-packages", "--email",
                DemoUsers.SINGLE_HOME_MANAGER, "--provider", Long.toString(providerId), "--format", "pdf",
                "--out", pdf.toString()), err.toString());
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Rosewood Lodge"));
        }
    }

    @Test
    void aWrongPasswordIsOneClearLineAndNoFile() throws Exception {
        Path file = home.resolve("nothing.csv");
        int code = export("not the password\n", "--export", "remittance", "--email", DemoUsers.SINGLE_HOME_MANAGER,
                "--provider", Long.toString(providerId), "--format", "csv", "--out", file.toString());
        assertEquals(1, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("password does not open"), err.toString());
        assertFalse(Files.exists(file));
    }

    @Test
    void badCommandLinesAreRefusedWithANonZeroExitBeforeAnyPasswordIsRead() {
        assertEquals(2, export("", "--export", "remittance", "--email", DemoUsers.SINGLE_HOME_MANAGER,
                "--provider", "1", "--format", "docx", "--out", "x.docx"));
        assertTrue(err.toString().startsWith("Invalid value for option '--format': 'docx' is not pdf, xlsx or csv"),
                err.toString());
        err.reset();
        assertEquals(2, export("", "--export", "remittance", "--email", "a@b.c", "--provider", "1", "--format",
                "csv", "--out", "x.csv", "--password", "secret"));
        assertTrue(err.toString().startsWith("The password is never given on the command line"), err.toString());
        err.reset();
        assertEquals(1, export(DemoUsers.PASSWORD + "\n", "--export", "remittance", "--email",
                DemoUsers.SINGLE_HOME_MANAGER, "--provider", "999999", "--format", "csv", "--out",
                home.resolve("x.csv").toString()));
        assertTrue(err.toString().startsWith("Provider 999999 is not in the saved data"), err.toString());
        err.reset();
        assertEquals(1, export(DemoUsers.PASSWORD + "\n", "--export", "remittance", "--email", "nobody@example.org",
                "--provider", "1", "--format", "csv", "--out", home.resolve("x.csv").toString()));
        assertTrue(err.toString().startsWith("There is no saved data for nobody@example.org"), err.toString());
    }

    private int export(String stdin, String... args) {
        return ExportMode.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                saved, Clock.systemUTC());
    }
}
