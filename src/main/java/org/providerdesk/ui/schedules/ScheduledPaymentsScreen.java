package org.providerdesk.ui.schedules;

import javafx.scene.Node;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.ui.shell.NewActionForms;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;
import org.providerdesk.ui.shell.SchedulePages;

/** "Scheduled payments" in the shell: read again when shown, after each sync and when the provider changes. */
public final class ScheduledPaymentsScreen implements Page, SchedulePages {

    private final SchedulesViewModel model;
    private final ProviderScope scope;
    private Node view;

    public ScheduledPaymentsScreen(ProviderScope scope) {
        this(scope, new CacheScheduleData(scope.session(), scope.clock()));
    }

    public ScheduledPaymentsScreen(ProviderScope scope, ScheduleData data) {
        this.scope = scope;
        this.model = new SchedulesViewModel(data, scope.runner(), scope.clock(), scope.when(),
                () -> scope.navigator().find(NewActionForms.class));
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
            view = new SchedulesView(model).build();
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
