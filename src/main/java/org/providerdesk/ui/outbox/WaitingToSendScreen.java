package org.providerdesk.ui.outbox;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;

/** "Waiting to send" in the shell, with the number of changes beside its name; read again when shown and after
 * each sync. */
public final class WaitingToSendScreen implements Page {

    private final OutboxViewModel model;
    private final ObservableStringValue badge;
    private Node view;

    public WaitingToSendScreen(ProviderScope scope) {
        this(scope, scope.session().outbox(), scope.session()::syncNow);
    }

    /** @param syncNow asks for a sync at once; it must not block */
    public WaitingToSendScreen(ProviderScope scope, Outbox outbox, Runnable syncNow) {
        this.model = new OutboxViewModel(outbox, scope.runner(), scope.when(), scope.clock(), scope.dialogs(), syncNow);
        this.badge = Page.countBadge(model.count());
        model.refresh();
    }

    @Override
    public String title() {
        return "Waiting to send";
    }

    @Override
    public String navigationId() {
        return "navOutbox";
    }

    @Override
    public ObservableStringValue badge() {
        return badge;
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new OutboxView(model).build();
        }
        return view;
    }

    @Override
    public void onShown() {
        model.refresh();
    }

    @Override
    public void onSyncFinished() {
        model.refresh();
    }
}
