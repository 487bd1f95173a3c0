package org.providerdesk.ui.actions;

import java.util.List;

import javafx.scene.Node;
import javafx.stage.Window;
import org.controlsfx.control.Notifications;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.TeamView;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.ui.shell.ActionSummaries;
import org.providerdesk.ui.shell.NewActionDraft;
import org.providerdesk.ui.shell.NewActionForms;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;

/**
 * "Actions and change requests" in the shell: the list, an action's detail and the New action form (which other
 * pages open through {@link NewActionForms}). Teams for "Assign to" come from the portal when it answers and are
 * kept on this computer for offline use.
 */
public final class ActionsScreen implements Page, NewActionForms, ActionSummaries {

    private final ProviderScope scope;
    private final DeskSession session;
    private final ActionsViewModel list;
    private final NewActionViewModel form;
    private final ActionDetailViewModel detail;
    private List<TeamView> teams = List.of();
    private Node view;
    private Node formView;
    private Node detailView;

    public ActionsScreen(ProviderScope scope) {
        this.scope = scope;
        this.session = scope.session();
        this.list = new ActionsViewModel(session.cache(), scope.runner(), scope.clock(), this::notifyUser);
        this.form = new NewActionViewModel(session.cache(), session.commands(), scope.clock());
        this.detail = new ActionDetailViewModel(session.cache(), session.commands(), scope.clock(), scope.when(),
                this::changed);
    }

    @Override
    public String title() {
        return "Actions and change requests";
    }

    @Override
    public String navigationId() {
        return "navActions";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ActionsView(list, this::openAction, () -> openNewAction(
                    new NewActionDraft(null, null, null, null, null))).build();
        }
        return view;
    }

    /** The home page's pending actions summary, kept up to date with this page's list; opens this page. */
    @Override
    public Node pendingSummary() {
        return PendingActionsSummary.build(list, () -> scope.navigator().show(this));
    }

    @Override
    public void onShown() {
        list.refresh();
    }

    @Override
    public void onProviderChanged(ProviderSummary provider) {
        list.load(provider.id());
        loadTeams(provider.id());
    }

    @Override
    public void onSyncFinished() {
        list.refresh();
        var at = scope.navigator().current().get();
        if (at != null && at.detail() && at.view() == detailView) {
            detail.refresh();
        }
    }

    @Override
    public void openNewAction(NewActionDraft draft) {
        form.start(scope.providerId(), teams, draft);
        if (formView == null) {
            formView = new NewActionView(form, () -> {
                // back to where the form was opened from, then this list, where the new action shows
                scope.navigator().back();
                scope.navigator().show(this);
                changed();
            }, () -> scope.navigator().back()).build();
        }
        if (formView instanceof javafx.scene.control.ScrollPane scroll) {
            scroll.setVvalue(0); // a new form starts at Type, not where the last one was left
        }
        // Cancel and Back return straight to the page that asked for the form (line items, Non-payable)
        scope.navigator().open(this, "New action", formView);
    }

    private void openAction(ActionRow row) {
        list.opened(row.id());
        if (detailView == null) {
            detailView = new ActionDetailView(detail).build();
        }
        detail.show(scope.providerId(), row.action(), teams);
        scope.navigator().open(row.title(), detailView);
    }

    /** A new action or reply was stored: show it and send it. */
    private void changed() {
        list.refresh();
        session.syncNow();
    }

    /** The teams from the portal (kept for later), or those kept on this computer when it does not answer. */
    private void loadTeams(long providerId) {
        scope.runner().run(() -> {
            if (session.isOnline() && scope.client() != null) {
                try {
                    List<TeamView> live = scope.client().teams();
                    session.saveTeams(providerId, live);
                    return live;
                } catch (RuntimeException unreachable) {
                    return session.savedTeams(providerId);
                }
            }
            return session.savedTeams(providerId);
        }, loaded -> teams = loaded, failure -> teams = List.of());
    }

    private void notifyUser(String message) {
        Window owner = view == null || view.getScene() == null ? null : view.getScene().getWindow();
        if (owner == null) {
            var current = scope.navigator().current().get();
            owner = current == null || current.view().getScene() == null ? null : current.view().getScene().getWindow();
        }
        if (owner != null) {
            Notifications.create().title("Actions and change requests").text(message).owner(owner).showInformation();
        }
    }

}
