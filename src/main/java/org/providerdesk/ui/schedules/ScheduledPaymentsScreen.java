package org.providerdesk.ui.schedules;

import javafx.scene.Node;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.data.ScheduleLines;
import org.providerdesk.ui.export.ExportButtons;
import org.providerdesk.ui.export.ExportViewModel;
import org.providerdesk.ui.export.PageExports;
import org.providerdesk.ui.export.ReportRecords;
import org.providerdesk.ui.shell.NewActionForms;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;
import org.providerdesk.ui.shell.SchedulePages;

/** "Scheduled payments" in the shell: read again when shown, after each sync and when the provider changes. */
public final class ScheduledPaymentsScreen implements Page, SchedulePages {

    private final SchedulesViewModel model;
    private final ProviderScope scope;
    private final ExportViewModel export;
    /** The provider and schedule chosen, taken on the JavaFX thread for the export's worker. */
    private volatile ExportChoice exportChoice;
    private Node view;

    private record ExportChoice(ProviderSummary provider, ScheduleSummary schedule) {
    }

    public ScheduledPaymentsScreen(ProviderScope scope) {
        this(scope, new CacheScheduleData(scope.session(), scope.clock()));
    }

    public ScheduledPaymentsScreen(ProviderScope scope, ScheduleData data) {
        this.scope = scope;
        this.model = new SchedulesViewModel(data, scope.runner(), scope.clock(), scope.when(),
                () -> scope.navigator().find(NewActionForms.class));
        model.chosen().addListener((property, before, row) -> exportChoice = row == null || row.schedule() == null
                ? null : new ExportChoice(scope.provider().get(), row.schedule().row()));
        this.export = PageExports.model(scope, "the payment schedule", () -> {
            ExportChoice now = exportChoice;
            if (now == null) {
                return null;
            }
            return ReportRecords.schedule(PageExports.header(scope, now.provider()), now.schedule(),
                    new ScheduleLines(scope.session().cache()).ofSchedule(now.provider().id(), now.schedule().id()));
        });
    }

    @Override
    public String title() {
        return "Scheduled payments";
    }

    @Override
    public String navigationId() {
        return "navSchedules";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new SchedulesView(model, ExportButtons.of(export, "schedule")).build();
        }
        return view;
    }

    @Override
    public void onShown() {
        model.refresh();
    }

    @Override
    public void onProviderChanged(ProviderSummary provider) {
        model.providerChanged(provider);
    }

    @Override
    public void onSyncFinished() {
        model.refresh();
    }

    /** Home's "what needs you now": this page, with the period chosen (on its Non-payable tab if asked). */
    @Override
    public void openPeriod(long periodId, boolean nonPayable) {
        scope.navigator().show(this);
        model.openPeriod(periodId, nonPayable);
    }

    /** The page's state, for tests and benchmarks. */
    public SchedulesViewModel model() {
        return model;
    }
}
