package org.providerdesk.ui.contacts;

import javafx.scene.Node;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.data.Contacts;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;

/** "Contacts" in the shell, from the cache. */
public final class ContactsScreen implements Page {

    private final ProviderScope scope;
    private final ContactsViewModel model;
    private Node view;
    private long current = -1;

    public ContactsScreen(ProviderScope scope) {
        this.scope = scope;
        Contacts contacts = new Contacts(scope.session().cache());
        this.model = new ContactsViewModel(contacts::all, scope.runner());
    }

    @Override
    public String title() {
        return "Contacts";
    }

    @Override
    public String navigationId() {
        return "navContacts";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new ContactsView(model, scope.openLink()).build();
        }
        return view;
    }

    @Override
    public void onProviderChanged(ProviderSummary provider) {
        current = provider.id();
        model.load(current);
    }

    @Override
    public void onSyncFinished() {
        if (current >= 0) {
            model.load(current);
        }
    }
}
