package org.providerdesk.ui.home;

import java.util.Optional;
import javafx.scene.Node;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;

/** The home page in the shell: read from the portal when it answers, else the copy saved on this computer. */
public final class HomeScreen implements Page {

    private final ProviderScope scope;
    private final HomeViewModel model;
    private Node view;

    public HomeScreen(ProviderScope scope) {
        this.scope = scope;
        this.model = new HomeViewModel(source(scope), scope.runner(), scope.when(), scope.clock(),
                scope.sessionEnded());
    }

    @Override
    public String title() {
        return "Home";
    }

    @Override
    public String navigationId() {
        return "navHome";
    }

    @Override
    public Node view() {
        if (view == null) {
            Node home = new HomeView(model, scope.openLink()).build();
            javafx.scene.layout.VBox.setVgrow(home, javafx.scene.layout.Priority.ALWAYS);
            view = scope.navigator().find(org.providerdesk.ui.actions.ActionsScreen.class)
                    .<Node>map(actions -> new javafx.scene.layout.VBox(actions.pendingSummary(), home)).orElse(home);
        }
        return view;
    }

    @Override
    public void onProviderChanged(ProviderSummary provider) {
        model.load(provider.id());
    }

    HomeViewModel model() {
        return model;
    }

    private static HomeViewModel.Source source(ProviderScope scope) {
        DeskSession session = scope.session();
        return new HomeViewModel.Source() {
            @Override
            public HomePage live(long providerId) {
                if (!session.isOnline()) {
                    throw new PortalUnreachableException("Working offline", null);
                }
                return scope.client().home(providerId);
            }

            @Override
            public void save(HomePage page) {
                session.saveHome(page);
            }

            @Override
            public Optional<HomePage> saved(long providerId) {
                return session.savedHome(providerId);
            }
        };
    }
}
