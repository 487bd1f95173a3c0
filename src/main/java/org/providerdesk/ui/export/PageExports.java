package org.providerdesk.ui.export;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.AppDataFolder;
import org.providerdesk.reports.ReportHeader;
import org.providerdesk.reports.Reports;
import org.providerdesk.ui.shell.ProviderScope;

/**
 * How a page in the shell gets its export buttons in one line:
 * {@code ExportButtons.of(PageExports.model(scope, "the payment schedule", () -> ...report...), "schedule")}.
 * PDFs open through the scope's link opener (the system's viewer); the folder is remembered in the app-data
 * folder.
 */
public final class PageExports {

    private PageExports() {
    }

    public static ExportViewModel model(ProviderScope scope, String what, ExportViewModel.ReportSource source) {
        return new ExportViewModel(services(scope), what, source);
    }

    public static ExportViewModel.Services services(ProviderScope scope) {
        Path appData = AppDataFolder.resolve();
        return new ExportViewModel.Services(new Reports(inLocalTime(scope.clock())),
                scope.runner(), scope.dialogs(), file -> scope.openLink().accept(file.toUri().toString()),
                new LastFolder(appData.resolve("settings").resolve("export-folder.txt")),
                appData.resolve("exports-to-view"));
    }

    /** The scope's clock telling the time in this computer's zone (a report says when it was produced). */
    static Clock inLocalTime(Clock clock) {
        ZoneId zone = ZoneId.systemDefault();
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return Clock.fixed(clock.instant(), other);
            }

            @Override
            public Instant instant() {
                return clock.instant();
            }
        };
    }

    /**
     * The header of a provider's reports, with the council's name from the saved home page. Reads the cache: call
     * it on the worker thread.
     */
    public static ReportHeader header(ProviderScope scope, ProviderSummary provider) {
        String council = scope.session() == null ? null
                : scope.session().savedHome(provider.id()).map(HomePage::councilName).orElse(null);
        return ReportRecords.header(council, provider);
    }
}
