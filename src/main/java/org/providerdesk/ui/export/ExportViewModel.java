package org.providerdesk.ui.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.providerdesk.reports.ProviderReport;
import org.providerdesk.reports.ReportFormat;
import org.providerdesk.reports.Reports;
import org.providerdesk.ui.common.DialogService;
import org.providerdesk.ui.common.RunningTask;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/**
 * "View" and "Download Data" of one report. The report is built on the worker thread from the cache (so it
 * works offline), written there, and progress and Cancel are offered while it runs; the window never waits.
 * View writes a PDF to a temporary file and hands it to the system's viewer; Download Data asks where to save
 * (Excel workbook or CSV file, by the name's extension), starting in the folder last used.
 */
public final class ExportViewModel {

    /** Builds the report the page shows now; called on a worker thread. */
    @FunctionalInterface
    public interface ReportSource {
        /** @return the report, or null when there is nothing to export (no run or period chosen) */
        ProviderReport build() throws Exception;
    }

    /** Where a page's exports go: the report writer, dialogs, the viewer, the remembered folder, temp files. */
    public record Services(Reports reports, TaskRunner runner, DialogService dialogs, Consumer<Path> viewer,
            LastFolder lastFolder, Path tempFolder) {
    }

    private final Services services;
    private final ReportSource source;
    private final String what;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private RunningTask task;

    /** @param what the report in words, for dialogs: "the remittance advice" */
    public ExportViewModel(Services services, String what, ReportSource source) {
        this.services = services;
        this.what = what;
        this.source = source;
    }

    /** Writes the PDF to a temporary file and opens it in the system's viewer. */
    public void view() {
        start("Preparing the PDF", work -> {
            ProviderReport report = source.build();
            if (report == null) {
                return null;
            }
            Files.createDirectories(services.tempFolder());
            Path file = services.tempFolder().resolve(Reports.suggestedFileName(report, ReportFormat.PDF));
            services.reports().writeFile(report, ReportFormat.PDF, file, work);
            return file;
        }, file -> {
            // The system gives no answer when it has no PDF viewer, so say where the file is either way.
            message.set("Opened in your PDF viewer. No viewer? It is saved as " + file);
            services.viewer().accept(file);
        });
    }

    /** Asks where to save and writes an Excel workbook or a CSV file there. */
    public void download() {
        // the report is read first (on the worker), since the suggested name and the file come from it
        services.runner().run(source::build, report -> {
            if (report == null) {
                message.set("There is nothing to download yet.");
                return;
            }
            chooseAndSave(report);
        }, this::failed);
    }

    private void chooseAndSave(ProviderReport report) {
        Optional<Path> chosen = services.dialogs().chooseFileToSave(new DialogService.SaveFile(
                "Download " + what, Reports.suggestedFileName(report, ReportFormat.XLSX), "Excel workbook",
                ReportFormat.XLSX.extension(), services.lastFolder().get().orElse(null),
                List.of(new DialogService.FileType("CSV file", ReportFormat.CSV.extension()))));
        if (chosen.isEmpty()) {
            return;
        }
        Path file = withExtension(chosen.get());
        ReportFormat format = formatOf(file);
        if (file.toAbsolutePath().getParent() != null) {
            services.lastFolder().set(file.toAbsolutePath().getParent());
        }
        start("Saving " + file.getFileName(), work -> services.reports().writeFile(report, format, file, work),
                written -> message.set("Saved " + written.getFileName() + " in "
                        + written.getParent() + "."));
    }

    /** A name the user typed without an extension gets ".xlsx"; ".csv" and ".xlsx" are kept. */
    static Path withExtension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".csv") || name.endsWith(".xlsx") ? file
                : file.resolveSibling(file.getFileName() + ".xlsx");
    }

    static ReportFormat formatOf(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? ReportFormat.CSV
                : ReportFormat.XLSX;
    }

    @FunctionalInterface
    private interface Writing {
        /** @return the file written, or null when there was nothing to write */
        Path write(org.providerdesk.reports.ReportProgress progress) throws Exception;
    }

    private void start(String doing, Writing writing, Consumer<Path> done) {
        if (running.get()) {
            return;
        }
        running.set(true);
        progress.set(-1);
        message.set(doing + "...");
        task = services.runner().run((TaskRunner.Progress work) -> {
            return writing.write((doneLines, total) ->
                    work.update(total <= 0 ? -1 : (double) doneLines / total, null));
        }, file -> {
            running.set(false);
            if (file == null) {
                message.set("There is nothing to show yet.");
            } else {
                done.accept(file);
            }
        }, this::failed);
        if (task != null) {
            task.progress().addListener((obs, old, now) -> progress.set(now.doubleValue()));
        }
    }

    /** Stops the export running now; no file is left behind. */
    public void cancel() {
        if (task != null && running.get()) {
            task.cancel();
            running.set(false);
            message.set("Cancelled.");
        }
    }

    private void failed(Throwable failure) {
        running.set(false);
        message.set("");
        services.dialogs().error("Could not export " + what, UserMessages.describe(failure), failure);
    }

    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1, or negative while the amount of work is unknown. */
    public ReadOnlyDoubleProperty progress() {
        return progress.getReadOnlyProperty();
    }

    /** What the export is doing or did, such as "Saved Remittance PR-2026-08 ....xlsx in /home/helen." */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }
}
