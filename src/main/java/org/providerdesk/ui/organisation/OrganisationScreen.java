package org.providerdesk.ui.organisation;

import javafx.scene.Node;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.data.Organisations;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;

/** "Organisation details" in the shell, from the cache. */
public final class OrganisationScreen implements Page {

    private final OrganisationViewModel model;
    private Node view;
    private long current = -1;

    public OrganisationScreen(ProviderScope scope) {
        Organisations organisations = new Organisations(scope.session().cache());
        this.model = new OrganisationViewModel(organisations::of, scope.runner());
    }

    @Override
    public String title() {
        return "Organisation details";
    }

    @Override
    public String navigationId() {
        return "navOrganisation";
    }

    @Override
    public Node view() {
        if (view == null) {
            view = new OrganisationView(model).build();
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
