package org.providerdesk.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV parsed back by RFC 4180: BOM, CRLF, quoting, ISO dates, plain numbers. */
class CsvReportsTest {

    private final Reports reports = new Reports(FixedClock.CLOCK);

    @Test
    void remittanceCsvStartsWithABomAndParsesBackToTheLines() throws IOException {
        byte[] bytes = write(SampleReports.remittanceByFinalisation());
        assertEquals((byte) 0xEF, bytes[0]);
        assertEquals((byte) 0xBB, bytes[1]);
        assertEquals((byte) 0xBF, bytes[2]);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\n"));
        assertTrue(text.endsWith("\r\n"));
        List<List<String>> records = parse(text.substring(1));
        assertEquals(List.of("Client reference", "Client name", "Service", "Period", "Payment run", "Finalised",
                "Status", "Reason", "Amount (£)"), records.get(0));
        assertEquals(10, records.size());
        assertEquals(List.of("WCC-400117", "Zoë Hartley", "Residential care (standard)", "Period 8 2026/27",
                "PR-2026-08", "2026-11-20", "Paid", "", "1184.40"), records.get(1));
        assertEquals("Patrick O'Brien", records.get(5).get(1));
        assertEquals("-169.20", records.get(5).get(8));
        assertEquals("One-to-one support (\"day\" hours)", records.get(7).get(2));
        assertTrue(text.contains("\"One-to-one support (\"\"day\"\" hours)\""));
        BigDecimal sum = BigDecimal.ZERO;
        for (List<String> record : records.subList(1, records.size())) {
            sum = sum.add(new BigDecimal(record.get(8)));
        }
        assertEquals(new BigDecimal("7951.90"), sum);
    }

    @Test
    void commasAndLineBreaksInAFieldAreQuoted() throws IOException {
        CarePackagesReport report = new CarePackagesReport(SampleReports.HEADER, java.time.LocalDate.of(2026, 12, 1),
                List.of(new CarePackagesReport.Line("WCC-1", "Harold Finch, Jr", "Respite\r\nstay",
                        java.time.LocalDate.of(2026, 11, 2), null, new BigDecimal("14"), "nights",
                        new BigDecimal("60.00"), "One-off", null)));
        String text = new String(write(report), StandardCharsets.UTF_8).substring(1);
        assertTrue(text.contains(",\"Harold Finch, Jr\",\"Respite\r\nstay\",2026-11-02,,14,nights,60.00,One-off,\r\n"),
                text);
        List<List<String>> records = parse(text);
        assertEquals(2, records.size());
        assertEquals("Respite\r\nstay", records.get(1).get(2));
        assertEquals(10, records.get(1).size());
    }

    @Test
    void aScheduleCsvHoldsBothTabsAndSaysWhichLinesAreNonPayable() throws IOException {
        List<List<String>> records = parse(new String(write(SampleReports.schedule()), StandardCharsets.UTF_8)
                .substring(1));
        assertEquals(7, records.size());
        long nonPayable = records.stream().filter(r -> r.get(7).equals("Non-payable (suspended)")).count();
        assertEquals(2, nonPayable);
    }

    @Test
    void anEmptyPeriodIsJustTheHeader() throws IOException {
        List<List<String>> records = parse(new String(write(SampleReports.emptyPeriod()), StandardCharsets.UTF_8)
                .substring(1));
        assertEquals(1, records.size());
    }

    @Test
    void fiveThousandLinesParseBack() throws IOException {
        RemittanceAdviceReport report = SampleReports.remittanceOf(5_000);
        List<List<String>> records = parse(new String(write(report), StandardCharsets.UTF_8).substring(1));
        assertEquals(5_001, records.size());
        BigDecimal sum = BigDecimal.ZERO;
        for (List<String> record : records.subList(1, records.size())) {
            sum = sum.add(new BigDecimal(record.get(8)));
        }
        assertEquals(report.lines().stream().map(RemittanceAdviceReport.Line::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add), sum);
    }

    private byte[] write(ProviderReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.write(report, ReportFormat.CSV, out, ReportProgress.NONE);
        return out.toByteArray();
    }

    /** A strict RFC 4180 reader: records end in CRLF; quoted fields may hold commas, quotes ("") and CRLF. */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (ch == '"' && field.length() == 0) {
                i++;
                while (true) {
                    char q = text.charAt(i);
                    if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                    } else if (q == '"') {
                        i++;
                        break;
                    } else {
                        field.append(q);
                        i++;
                    }
                }
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (ch == '\r') {
                assertEquals('\n', text.charAt(i + 1), "a CR outside quotes must start a CRLF");
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else {
                assertTrue(ch != '\n' && ch != '"', "bare LF or quote at " + i);
                field.append(ch);
                i++;
            }
        }
        assertTrue(record.isEmpty() && field.length() == 0, "the last record must end in CRLF");
        return records;
    }
}
