package org.providerdesk.ui.carepackages;

import java.time.LocalDate;
import java.util.List;
import javafx.collections.ListChangeListener;
import org.providerdesk.api.LineItemView;
import org.providerdesk.ui.export.ExportButtons;
import org.providerdesk.ui.export.ExportViewModel;
import org.providerdesk.ui.export.PageExports;
import org.providerdesk.ui.export.ReportRecords;
import javafx.scene.Node;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.ui.shell.NewActionDraft;
import org.providerdesk.ui.shell.NewActionForms;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;

/** "Care package line items" in the shell; "Submit action" asks the actions page for its New action form. */
public final class LineItemsScreen implements Page {

    private final ProviderScope scope;
    private final LineItemsViewModel model;
    private final ExportViewModel export;
    /** The line items shown (filtered, in the table's order), taken on the JavaFX thread for the export's worker. */
    private volatile List<LineItemView> shown = List.of();
    private Node view;

    public LineItemsScreen(ProviderScope scope) {
        this.scope = scope;
        this.model = new LineItemsViewModel(scope.session().cache(), scope.runner(), scope.clock());
        model.rows().addListener((ListChangeListener<LineItemsViewModel.Row>) change ->
                shown = model.rows().stream().map(LineItemsViewModel.Row::item).toList());
        this.export = PageExports.model(scope, "the care package line items", () -> shown.isEmpty() ? null
                : ReportRecords.carePackages(PageExports.header(scope, scope.provider().get()),
                        LocalDate.now(scope.clock()), shown));
    }

    @Override
    public String title() {
        return "Care package line items";
    }

    @Override
    public String navigationId() {
        return "navLineItems";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new LineItemsView(model, this::submitAction, ExportButtons.of(export, "lineItems")).build();
        }
        return view;
    }

    @Override
    public void onProviderChanged(ProviderSummary provider) {
        model.load(provider.id());
    }

    @Override
    public void onSyncFinished() {
        model.refresh();
    }

    /** The new action form, related to this line item, entity its client; the user completes the rest. */
    private void submitAction(LineItemsViewModel.Row row) {
        scope.navigator().find(NewActionForms.class).ifPresent(forms -> forms.openNewAction(new NewActionDraft(
                ActionType.CONTRACT_QUERY, RelatedTo.LINE_ITEM, row.item().clientId(), row.item().id(), null)));
    }
}
