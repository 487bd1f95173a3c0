package org.providerdesk.reports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.Objects;

/**
 * The way in: writes any {@link ProviderReport} as PDF, Excel (xlsx) or CSV, to a stream or a file, and
 * suggests a file name for it. Runs on the caller's thread (a screen calls it from its background runner):
 * progress goes to the given {@link ReportProgress}; interrupting the thread cancels the export.
 *
 * <p>Example: {@code new Reports(Clock.systemDefaultZone()).writeFile(report, ReportFormat.XLSX, file,
 * ReportProgress.NONE)}.
 */
public final class Reports {

    private final Clock clock;

    /** @param clock when a report says it was produced, in the clock's time zone */
    public Reports(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Writes the report to the stream, which stays open. */
    public void write(ProviderReport report, ReportFormat format, OutputStream out, ReportProgress progress)
            throws IOException {
        Objects.requireNonNull(report, "report");
        ReportProgress listener = progress == null ? ReportProgress.NONE : progress;
        String producedAt = ReportTexts.producedAt(clock.instant(), clock.getZone());
        switch (format) {
            case PDF -> PdfWriter.write(report, producedAt, out, listener);
            case XLSX -> XlsxWriter.write(Tables.of(report, producedAt), out, listener);
            case CSV -> CsvWriter.write(Tables.of(report, producedAt), out, listener);
            default -> throw new IllegalArgumentException("Unknown format " + format);
        }
    }

    /**
     * Writes the report to a file: first to a temporary file beside it, then moved into place, so a failed or
     * cancelled export never leaves half a file (nor replaces a good one).
     *
     * @return the file written
     */
    public Path writeFile(ProviderReport report, ReportFormat format, Path file, ReportProgress progress)
            throws IOException {
        Path target = file.toAbsolutePath();
        Path partial = Files.createTempFile(target.getParent(), ".export-", ".part");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
                write(report, format, out, progress);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** For example "Remittance PR-2026-08 Rosewood Lodge Care Home.xlsx", safe on Windows and macOS. */
    public static String suggestedFileName(ProviderReport report, ReportFormat format) {
        return FileNames.suggested(report.fileTitle() + " " + report.header().providerName(), format.extension());
    }
}
