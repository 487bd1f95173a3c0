package org.providerdesk.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a {@link Table} as an Excel workbook with POI's streaming SXSSF: only a window of rows is held in
 * memory, the rest goes to a temporary file that is deleted when the workbook is done. Cells are typed (dates
 * as dates, money as numbers in a GBP format, units as numbers); each sheet has a frozen header row, an
 * auto-filter over the lines, column widths measured from the data as it is written (no autosizing, which would
 * re-read every row), and a totals row whose sums follow the filter.
 */
final class XlsxWriter {

    static final String GBP_FORMAT = "\"£\"#,##0.00;[Red]-\"£\"#,##0.00";
    static final String UNITS_FORMAT = "#,##0.00";
    static final String DATE_FORMAT = "dd/mm/yyyy";
    private static final int ROW_WINDOW = 200;
    private static final int MAX_WIDTH_CHARS = 60;
    private static final int PROGRESS_EVERY = 2_000;

    private XlsxWriter() {
    }

    static <T> void write(Table<T> table, OutputStream out, ReportProgress progress) throws IOException {
        SXSSFWorkbook workbook = new FastZipWorkbook(ROW_WINDOW);
        try {
            Styles styles = new Styles(workbook);
            long total = table.rowCount();
            long done = 0;
            for (Table.Sheet<T> sheet : table.sheets()) {
                done = writeSheet(workbook, styles, table, sheet, progress, done, total);
            }
            workbook.write(out);
            progress.update(total, total);
        } finally {
            workbook.close(); // also deletes the temporary files (POI bug 68183; dispose() is deprecated)
        }
    }

    private static <T> long writeSheet(SXSSFWorkbook workbook, Styles styles, Table<T> table, Table.Sheet<T> view,
            ReportProgress progress, long done, long total) {
        SXSSFSheet sheet = workbook.createSheet(view.name());
        List<Column<T>> columns = table.columns();
        int[] widths = new int[columns.size()];
        int rowIndex = 0;
        for (String line : table.titleLines()) {
            Cell cell = sheet.createRow(rowIndex).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(rowIndex == 0 ? styles.title : styles.text);
            rowIndex++;
        }
        int headerRow = rowIndex++;
        Row header = sheet.createRow(headerRow);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).title());
            cell.setCellStyle(styles.header);
            widths[c] = columns.get(c).title().length();
        }
        BigDecimal[] sums = new BigDecimal[columns.size()];
        for (T line : view.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Object value = column.value().apply(line);
                if (value != null) {
                    widths[c] = Math.max(widths[c], writeCell(row.createCell(c), column.kind(), value, styles));
                    if (column.totalled()) {
                        sums[c] = sums[c] == null ? (BigDecimal) value : sums[c].add((BigDecimal) value);
                    }
                }
            }
            if (++done % PROGRESS_EVERY == 0) {
                Exports.checkNotCancelled();
                progress.update(done, total);
            }
        }
        int lastLine = rowIndex - 1;
        writeTotals(sheet.createRow(rowIndex), columns, sums, headerRow, lastLine, styles);
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(lastLine, headerRow), 0, columns.size() - 1));
        sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, (Math.min(widths[c], MAX_WIDTH_CHARS) + 3) * 256);
        }
        return done;
    }

    /** @return the characters the value takes when shown */
    private static int writeCell(Cell cell, Column.Kind kind, Object value, Styles styles) {
        switch (kind) {
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(styles.date);
                return 10;
            }
            case MONEY -> {
                BigDecimal amount = (BigDecimal) value;
                cell.setCellValue(amount.doubleValue());
                cell.setCellStyle(styles.money);
                return shownNumberLength(amount) + 1;
            }
            case UNITS -> {
                BigDecimal units = (BigDecimal) value;
                cell.setCellValue(units.doubleValue());
                cell.setCellStyle(styles.units);
                return shownNumberLength(units);
            }
            default -> {
                String text = value.toString();
                cell.setCellValue(text);
                cell.setCellStyle(styles.text);
                return text.length();
            }
        }
    }

    /** The length of a number shown as #,##0.00: digits, group commas, sign, point and two decimals. */
    private static int shownNumberLength(BigDecimal value) {
        int integerDigits = Math.max(1, value.precision() - value.scale());
        return integerDigits + (integerDigits - 1) / 3 + 3 + (value.signum() < 0 ? 1 : 0);
    }

    private static <T> void writeTotals(Row row, List<Column<T>> columns, BigDecimal[] sums, int headerRow,
            int lastLine, Styles styles) {
        Cell label = row.createCell(0);
        label.setCellValue("Total");
        label.setCellStyle(styles.totalText);
        for (int c = 1; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            Column<T> column = columns.get(c);
            if (!column.totalled()) {
                cell.setCellStyle(styles.totalText);
                continue;
            }
            BigDecimal sum = sums[c] == null ? BigDecimal.ZERO : sums[c];
            if (lastLine > headerRow) {
                String letter = CellReference.convertNumToColString(c);
                // SUBTOTAL(9, ...) sums what the auto-filter shows; the stored result is the sum of every line.
                cell.setCellFormula("SUBTOTAL(9," + letter + (headerRow + 2) + ":" + letter + (lastLine + 1) + ")");
            }
            cell.setCellValue(sum.doubleValue());
            cell.setCellStyle(column.kind() == Column.Kind.MONEY ? styles.totalMoney : styles.totalUnits);
        }
    }

    /**
     * Deflates the finished workbook at the fastest level: on 100,000 lines the default level spends about as
     * long compressing the sheet's XML as writing it, for a file only about a third smaller.
     */
    private static final class FastZipWorkbook extends SXSSFWorkbook {

        FastZipWorkbook(int rowWindow) {
            super(rowWindow);
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** The cell styles, made once per workbook (a style per cell would soon hit Excel's limit and slow it). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle text;
        final CellStyle date;
        final CellStyle money;
        final CellStyle units;
        final CellStyle totalText;
        final CellStyle totalMoney;
        final CellStyle totalUnits;

        Styles(SXSSFWorkbook workbook) {
            DataFormat formats = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font titleFont = workbook.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 13);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            text = workbook.createCellStyle();
            date = workbook.createCellStyle();
            date.setDataFormat(formats.getFormat(DATE_FORMAT));
            money = workbook.createCellStyle();
            money.setDataFormat(formats.getFormat(GBP_FORMAT));
            units = workbook.createCellStyle();
            units.setDataFormat(formats.getFormat(UNITS_FORMAT));
            totalText = workbook.createCellStyle();
            totalText.setFont(bold);
            totalText.setBorderTop(BorderStyle.THIN);
            totalMoney = workbook.createCellStyle();
            totalMoney.cloneStyleFrom(totalText);
            totalMoney.setDataFormat(formats.getFormat(GBP_FORMAT));
            totalUnits = workbook.createCellStyle();
            totalUnits.cloneStyleFrom(totalText);
            totalUnits.setDataFormat(formats.getFormat(UNITS_FORMAT));
        }
    }
}
