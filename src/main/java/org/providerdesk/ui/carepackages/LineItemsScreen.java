package org.providerdesk.ui.carepackages;

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
    private Node view;

    public LineItemsScreen(ProviderScope scope) {
        this.scope = scope;
        this.model = new LineItemsViewModel(scope.session().cache(), scope.runner(), scope.clock());
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
            view = new LineItemsView(model, this::submitAction).build();
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
