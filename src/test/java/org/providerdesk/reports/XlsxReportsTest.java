package org.providerdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbooks opened back with POI: typed cells, frozen header, filter, widths, a totals row that adds up. */
class XlsxReportsTest {

    private static final int HEADER_ROW = 3;
    private static final int AMOUNT = 8;
    private final Reports reports = new Reports(FixedClock.CLOCK);

    @Test
    void remittanceCellsAreTypedAndTheTotalsRowIsTheSumOfTheLines() throws IOException {
        RemittanceAdviceReport report = SampleReports.remittanceByFinalisation();
        try (XSSFWorkbook workbook = open(report)) {
            assertEquals(1, workbook.getNumberOfSheets());
            XSSFSheet sheet = workbook.getSheet("By finalisation");
            assertNotNull(sheet);
            assertTrue(sheet.getRow(0).getCell(0).getStringCellValue()
                    .contains("Remittance advice by finalisation: Rosewood Lodge Care Home (PRV-10231)"));
            assertTrue(sheet.getRow(1).getCell(0).getStringCellValue().startsWith("Westbridge County Council · "
                    + "Payment run PR-2026-08"));
            assertEquals("Client name", sheet.getRow(HEADER_ROW).getCell(1).getStringCellValue());
            Row first = sheet.getRow(HEADER_ROW + 1);
            assertEquals("Zoë Hartley", first.getCell(1).getStringCellValue());
            Cell finalised = first.getCell(5);
            assertEquals(CellType.NUMERIC, finalised.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(finalised));
            assertEquals(LocalDate.of(2026, 11, 20), finalised.getLocalDateTimeCellValue().toLocalDate());
            Cell amount = first.getCell(AMOUNT);
            assertEquals(CellType.NUMERIC, amount.getCellType());
            assertEquals(1184.40, amount.getNumericCellValue(), 1e-9);
            assertTrue(amount.getCellStyle().getDataFormatString().contains("£"));
            assertEquals("Patrick O'Brien", sheet.getRow(HEADER_ROW + 5).getCell(1).getStringCellValue());
            assertEquals(-169.20, sheet.getRow(HEADER_ROW + 5).getCell(AMOUNT).getNumericCellValue(), 1e-9);
            assertTotalsRowIsTheSum(sheet, report.lines().size(), AMOUNT);
        }
    }

    @Test
    void eachSheetHasAFrozenHeaderAnAutoFilterOverTheLinesAndWidthsFromTheData() throws IOException {
        try (XSSFWorkbook workbook = open(SampleReports.remittanceByFinalisation())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(HEADER_ROW + 1, pane.getHorizontalSplitPosition());
            String filter = sheet.getCTWorksheet().getAutoFilter().getRef();
            assertEquals("A4:I13", filter);
            int nameWidth = sheet.getColumnWidth(1);
            int referenceWidth = sheet.getColumnWidth(0);
            int serviceWidth = sheet.getColumnWidth(2);
            assertTrue(serviceWidth > nameWidth, serviceWidth + " vs " + nameWidth);
            assertEquals(("One-to-one support (\"day\" hours)".length() + 3) * 256, serviceWidth);
            assertEquals(("Client reference".length() + 3) * 256, referenceWidth);
        }
    }

    @Test
    void aScheduleHasASheetPerTabWithTheNonPayableLinesOnTheirOwn() throws IOException {
        ScheduleReport report = SampleReports.schedule();
        try (XSSFWorkbook workbook = open(report)) {
            assertEquals(2, workbook.getNumberOfSheets());
            XSSFSheet payable = workbook.getSheet("Scheduled payments");
            XSSFSheet nonPayable = workbook.getSheet("Non-payable");
            assertTotalsRowIsTheSum(payable, 4, 5);
            assertTotalsRowIsTheSum(nonPayable, 2, 5);
            Row suspended = nonPayable.getRow(HEADER_ROW + 1);
            assertEquals("Dennis Okafor", suspended.getCell(1).getStringCellValue());
            assertEquals(25.0, suspended.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(CellType.NUMERIC, suspended.getCell(3).getCellType());
            assertEquals("Non-payable (suspended)", suspended.getCell(7).getStringCellValue());
            assertEquals(5653.20, payable.getRow(HEADER_ROW + 5).getCell(5).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void carePackagesKeepEmptyEndDatesBlankAndDatesAsDates() throws IOException {
        try (XSSFWorkbook workbook = open(SampleReports.carePackages())) {
            XSSFSheet sheet = workbook.getSheet("Care package line items");
            Row ongoing = sheet.getRow(HEADER_ROW + 1);
            assertTrue(DateUtil.isCellDateFormatted(ongoing.getCell(3)));
            assertEquals(null, ongoing.getCell(4));
            assertEquals(7.0, ongoing.getCell(5).getNumericCellValue(), 1e-9);
            assertTotalsRowIsTheSum(sheet, 4, 9);
        }
    }

    @Test
    void anEmptyPeriodGivesTheHeadersAndAZeroTotal() throws IOException {
        try (XSSFWorkbook workbook = open(SampleReports.emptyPeriod())) {
            XSSFSheet sheet = workbook.getSheet("By period");
            assertEquals("Total", sheet.getRow(HEADER_ROW + 1).getCell(0).getStringCellValue());
            assertEquals(0.0, sheet.getRow(HEADER_ROW + 1).getCell(AMOUNT).getNumericCellValue());
        }
    }

    @Test
    void fiveThousandLinesAllArriveAndAddUp() throws IOException {
        RemittanceAdviceReport report = SampleReports.remittanceOf(5_000);
        try (XSSFWorkbook workbook = open(report)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals(HEADER_ROW + 5_001, sheet.getLastRowNum());
            assertTotalsRowIsTheSum(sheet, 5_000, AMOUNT);
            BigDecimal expected = report.lines().stream().map(RemittanceAdviceReport.Line::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(expected.doubleValue(), sheet.getRow(HEADER_ROW + 5_001).getCell(AMOUNT)
                    .getNumericCellValue(), 0.005);
        }
    }

    @Test
    void theStreamingTemporaryFilesAreRemoved() throws IOException {
        Set<Path> before = poiTemporaryFiles();
        open(SampleReports.remittanceOf(1_000)).close();
        assertEquals(before, poiTemporaryFiles());
    }

    private static Set<Path> poiTemporaryFiles() throws IOException {
        File probe = TempFile.createTempFile("reports-probe", ".tmp");
        Path folder = probe.toPath().getParent();
        Files.delete(probe.toPath());
        try (Stream<Path> files = Files.list(folder)) {
            return files.collect(Collectors.toSet());
        }
    }

    /** The totals row's stored result equals the sum of the line cells above it, and it is a filter-aware SUBTOTAL. */
    private static void assertTotalsRowIsTheSum(XSSFSheet sheet, int lines, int column) {
        double sum = 0;
        for (int r = HEADER_ROW + 1; r <= HEADER_ROW + lines; r++) {
            Cell cell = sheet.getRow(r).getCell(column);
            if (cell == null) {
                continue; // a line without a figure (such as a one-off with no contracted provision)
            }
            assertEquals(CellType.NUMERIC, cell.getCellType(), "row " + r);
            sum += cell.getNumericCellValue();
        }
        Row totals = sheet.getRow(HEADER_ROW + lines + 1);
        assertEquals("Total", totals.getCell(0).getStringCellValue());
        Cell total = totals.getCell(column);
        assertEquals(CellType.FORMULA, total.getCellType());
        assertTrue(total.getCellFormula().startsWith("SUBTOTAL(9,"), total.getCellFormula());
        assertEquals(sum, total.getNumericCellValue(), 0.005);
    }

    private XSSFWorkbook open(ProviderReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(report, ReportFormat.XLSX, out, ReportProgress.NONE);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
