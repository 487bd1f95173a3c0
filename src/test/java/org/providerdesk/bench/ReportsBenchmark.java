package org.providerdesk.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.reports.RemittanceAdviceReport;
import org.providerdesk.reports.ReportFormat;
import org.providerdesk.reports.ReportHeader;
import org.providerdesk.reports.ReportProgress;
import org.providerdesk.reports.Reports;

/**
 * Remittance advice exports (DESIGN.md section 7): a 5,000-line PDF, a 100,000-line workbook and CSV. The
 * workbook runs in its own JVM capped at 256 MB of heap, beside its floor: a plain SXSSF write of the same
 * cells with no styles, widths, filter or totals, in the same JVM, runs interleaved (once as the library
 * writes by default, once deflating at the fastest level as the report does).
 */
final class ReportsBenchmark implements Benchmarks.Benchmark {

    private static final int WARM_UPS = 2;
    private static final int RUNS = 5;
    static final String HEAP_CAP = "-Xmx256m";

    @Override
    public void run() throws Exception {
        Reports reports = new Reports(Clock.systemDefaultZone());
        Path folder = Files.createTempDirectory("desk-reports-bench");
        RemittanceAdviceReport fiveThousand = remittance(5_000);
        List<Double> pdf = timed(() -> reports.writeFile(fiveThousand, ReportFormat.PDF, folder.resolve("r.pdf"),
                ReportProgress.NONE));
        RemittanceAdviceReport hundredThousand = remittance(100_000);
        List<Double> csv = timed(() -> reports.writeFile(hundredThousand, ReportFormat.CSV, folder.resolve("r.csv"),
                ReportProgress.NONE));
        System.out.println("# reports runs (ms): pdf 5k " + pdf + ", csv 100k " + csv + "; PDF "
                + Files.size(folder.resolve("r.pdf")) / 1024 + " KB, CSV " + Files.size(folder.resolve("r.csv"))
                / 1024 + " KB");
        Benchmarks.print("report.pdf_5k.ms", Math.round(Benchmarks.median(pdf)), "ms");
        runXlsxInOwnJvm();
        Benchmarks.print("report.csv_100k.ms", Math.round(Benchmarks.median(csv)), "ms");
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(folder);
    }

    private static void runXlsxInOwnJvm() throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP_CAP, "-cp", System.getProperty("java.class.path"), XlsxChild.class.getName())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("BENCH ") || line.startsWith("# ")) {
                    System.out.println(line);
                }
            }
        }
        if (child.waitFor() != 0) {
            throw new IllegalStateException("The workbook benchmark failed (exit " + child.exitValue() + ")");
        }
    }

    /** The workbook half, in a JVM of its own so its heap is measured alone. */
    static final class XlsxChild {

        public static void main(String[] args) throws Exception {
            Reports reports = new Reports(Clock.systemDefaultZone());
            RemittanceAdviceReport report = remittance(100_000);
            Path folder = Files.createTempDirectory("desk-xlsx-bench");
            Path styledFile = folder.resolve("styled.xlsx");
            Path plainFile = folder.resolve("plain.xlsx");
            List<Double> styled = new ArrayList<>();
            List<Double> plain = new ArrayList<>();
            List<Double> plainFastZip = new ArrayList<>();
            double peakHeap = 0;
            for (int i = 0; i < WARM_UPS + RUNS; i++) {
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                reports.writeFile(report, ReportFormat.XLSX, styledFile, ReportProgress.NONE);
                double styledMillis = (System.nanoTime() - start) / 1e6;
                double heap = peakHeapMegabytes();
                System.gc();
                start = System.nanoTime();
                writePlain(new SXSSFWorkbook(), report, plainFile);
                double plainMillis = (System.nanoTime() - start) / 1e6;
                System.gc();
                start = System.nanoTime();
                writePlain(new FastZipWorkbook(), report, plainFile);
                double plainFastZipMillis = (System.nanoTime() - start) / 1e6;
                if (i >= WARM_UPS) {
                    styled.add(styledMillis);
                    plain.add(plainMillis);
                    plainFastZip.add(plainFastZipMillis);
                    peakHeap = Math.max(peakHeap, heap);
                }
            }
            System.out.println("# xlsx 100k runs (ms) at " + HEAP_CAP + ": styled " + styled + ", plain SXSSF "
                    + plain + ", plain SXSSF deflating at level 1 as the report does " + plainFastZip
                    + "; workbook " + Files.size(styledFile) / 1024 + " KB");
            double styledMedian = Benchmarks.median(styled);
            double plainMedian = Benchmarks.median(plain);
            Benchmarks.print("report.xlsx_100k.ms", Math.round(styledMedian), "ms");
            Benchmarks.print("report.xlsx_100k.heap_mb", Math.round(peakHeap), "MB");
            Benchmarks.print("report.xlsx_100k.plain_sxssf.ms", Math.round(plainMedian), "ms");
            Benchmarks.print("report.xlsx_100k.floor_ratio", styledMedian / plainMedian, "x");
            // What styles, widths, filter and totals cost on their own, with the zip level taken out.
            Benchmarks.print("report.xlsx_100k.same_zip_ratio", styledMedian / Benchmarks.median(plainFastZip),
                    "x");
            Files.delete(styledFile);
            Files.delete(plainFile);
            Files.delete(folder);
        }

        /** The same cells as the report's sheet (title lines, header, lines), with no styles or extras. */
        private static void writePlain(SXSSFWorkbook workbook, RemittanceAdviceReport report, Path file)
                throws IOException {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
                SXSSFSheet sheet = workbook.createSheet("By period");
                int r = 0;
                for (String title : List.of("Remittance advice by period", "Westbridge County Council", "Produced")) {
                    sheet.createRow(r++).createCell(0).setCellValue(title);
                }
                Row header = sheet.createRow(r++);
                String[] titles = {"Client reference", "Client name", "Service", "Period", "Payment run",
                        "Finalised", "Status", "Reason", "Amount (£)"};
                for (int c = 0; c < titles.length; c++) {
                    header.createCell(c).setCellValue(titles[c]);
                }
                for (RemittanceAdviceReport.Line line : report.lines()) {
                    Row row = sheet.createRow(r++);
                    row.createCell(0).setCellValue(line.clientReference());
                    row.createCell(1).setCellValue(line.clientName());
                    row.createCell(2).setCellValue(line.service());
                    row.createCell(3).setCellValue(line.periodLabel());
                    row.createCell(4).setCellValue(line.runReference());
                    row.createCell(5).setCellValue(line.finalisedOn());
                    row.createCell(6).setCellValue(line.status().name());
                    if (line.reason() != null) {
                        row.createCell(7).setCellValue(line.reason());
                    }
                    row.createCell(8).setCellValue(line.amount().doubleValue());
                }
                workbook.write(out);
            } finally {
                workbook.close();
            }
        }

        /** Plain SXSSF deflating at the fastest level, as the report's workbook does. */
        private static final class FastZipWorkbook extends SXSSFWorkbook {
            @Override
            protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
                ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
                zip.setLevel(Deflater.BEST_SPEED);
                return zip;
            }
        }

        private static void resetPeaks() {
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pool.resetPeakUsage();
                }
            }
        }

        /** The sum of the heap pools' peaks since the reset: an upper bound of the heap in use at any moment. */
        private static double peakHeapMegabytes() {
            long bytes = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    bytes += pool.getPeakUsage().getUsed();
                }
            }
            return bytes / (1024.0 * 1024.0);
        }
    }

    /** A large provider's remittance: 400 clients, five services, every status, amounts that vary. */
    static RemittanceAdviceReport remittance(int count) {
        String[] names = {"Zoë Hartley", "Siân Pryce-Evans", "Patrick O'Brien", "Margaret Ellison", "Dennis Okafor",
                "Brian D'Souza", "Eileen Marchetti", "Harold Finch"};
        String[] services = {"Residential care (standard)", "Residential care with nursing", "Respite stay",
                "Dementia enhancement", "One-to-one support"};
        LocalDate finalised = LocalDate.of(2026, 11, 20);
        List<RemittanceAdviceReport.Line> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int client = i % 400;
            RemittanceStatus status = i % 50 == 7 ? RemittanceStatus.RETRACTED
                    : i % 40 == 3 ? RemittanceStatus.SUSPENDED : RemittanceStatus.PAID;
            BigDecimal amount = BigDecimal.valueOf(10_000 + (i * 7919L) % 150_000, 2);
            lines.add(new RemittanceAdviceReport.Line(String.format("WCC-%06d", 400_000 + client),
                    names[client % names.length] + " " + client, services[i % services.length],
                    "PR-2026-" + (1 + i % 9), finalised.minusDays(i % 200), "Period " + (1 + i % 13) + " 2026/27",
                    status == RemittanceStatus.RETRACTED ? amount.negate() : amount, status,
                    status == RemittanceStatus.PAID ? null : "Adjustment " + i));
        }
        return RemittanceAdviceReport.byPeriod(new ReportHeader("Westbridge County Council",
                "Rosewood Lodge Care Home", "PRV-10231"), "Period 8 2026/27", LocalDate.of(2026, 10, 19),
                LocalDate.of(2026, 11, 15), lines);
    }

    private static List<Double> timed(Task task) throws Exception {
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            long start = System.nanoTime();
            task.run();
            if (i >= WARM_UPS) {
                millis.add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    private interface Task {
        void run() throws Exception;
    }
}
