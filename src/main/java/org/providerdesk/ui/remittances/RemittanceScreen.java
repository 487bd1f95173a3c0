package org.providerdesk.ui.remittances;

import java.util.List;
import javafx.scene.Node;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.client.data.Remittances;
import org.providerdesk.ui.export.ExportViewModel;
import org.providerdesk.ui.export.PageExports;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;

/** "Remittance advice" in the shell, read from the cache, with View and Download Data. */
public final class RemittanceScreen implements Page {

    private final RemittanceViewModel model;
    private final ExportViewModel export;
    private Node view;
    private ProviderSummary current;

    public RemittanceScreen(ProviderScope scope) {
        this(scope, PageExports.services(scope));
    }

    /** @param exports where View and Download Data write (tests give a fake viewer and dialogs) */
    public RemittanceScreen(ProviderScope scope, ExportViewModel.Services exports) {
        Remittances cache = new Remittances(scope.session().cache());
        this.model = new RemittanceViewModel(new RemittanceViewModel.Source() {
            @Override
            public List<PaymentRunView> runs(long providerId) {
                return cache.runs(providerId);
            }

            @Override
            public List<PeriodView> periods(long providerId) {
                return cache.periodsWithLines(providerId);
            }

            @Override
            public List<RemittanceLineView> linesOfRun(long providerId, long runId) {
                return cache.linesOfRun(providerId, runId);
            }

            @Override
            public List<RemittanceLineView> linesOfPeriod(long providerId, long periodId) {
                return cache.linesOfPeriod(providerId, periodId);
            }
        }, scope.runner());
        this.export = new ExportViewModel(exports, "the remittance advice",
                model.reportSource(provider -> PageExports.header(scope, provider)));
    }

    @Override
    public String title() {
        return "Remittance advice";
    }

    @Override
    public String navigationId() {
        return "navRemittances";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new RemittanceView(model, export).build();
        }
        return view;
    }

    @Override
    public void onProviderChanged(ProviderSummary provider) {
        current = provider;
        model.load(provider);
    }

    /** A sync may have brought a new run: read again, keeping what the user chose. */
    @Override
    public void onSyncFinished() {
        if (current != null) {
            model.load(current);
        }
    }

    public RemittanceViewModel model() {
        return model;
    }
}
