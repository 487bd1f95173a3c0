package org.providerdesk.reports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link Table} as CSV by RFC 4180: a header record, then one record per line of every sheet, CRLF
 * between records, fields quoted when they hold a comma, quote or line break. UTF-8 with a byte-order mark so
 * Excel shows the pound sign; dates in ISO form (2026-11-18); money and units as plain numbers.
 */
final class CsvWriter {

    static final char BOM = '\uFEFF';
    private static final String CRLF = "\r\n";
    private static final int PROGRESS_EVERY = 5_000;

    private CsvWriter() {
    }

    static <T> void write(Table<T> table, OutputStream out, ReportProgress progress) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        List<Column<T>> columns = table.columns();
        writer.write(BOM);
        for (int c = 0; c < columns.size(); c++) {
            if (c > 0) {
                writer.write(',');
            }
            writeText(writer, columns.get(c).title());
        }
        writer.write(CRLF);
        long total = table.rowCount();
        long done = 0;
        for (Table.Sheet<T> sheet : table.sheets()) {
            for (T line : sheet.rows()) {
                for (int c = 0; c < columns.size(); c++) {
                    if (c > 0) {
                        writer.write(',');
                    }
                    Object value = columns.get(c).value().apply(line);
                    if (value instanceof BigDecimal number) {
                        writer.write(number.toPlainString());
                    } else if (value != null) {
                        writeText(writer, value.toString());
                    }
                }
                writer.write(CRLF);
                if (++done % PROGRESS_EVERY == 0) {
                    Exports.checkNotCancelled();
                    progress.update(done, total);
                }
            }
        }
        writer.flush();
        progress.update(total, total);
    }

    private static void writeText(Writer writer, String text) throws IOException {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char ch = text.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\r' || ch == '\n';
        }
        if (!quote) {
            writer.write(text);
            return;
        }
        writer.write('"');
        writer.write(text.replace("\"", "\"\""));
        writer.write('"');
    }
}
