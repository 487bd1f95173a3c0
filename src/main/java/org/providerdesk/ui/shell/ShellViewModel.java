package org.providerdesk.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.ui.common.TaskRunner;

/** Who is signed in, which provider they are viewing, and logging out. */
public final class ShellViewModel {

    private final UserInfo user;
    private final PortalClient client;
    private final TaskRunner background;
    private final Runnable onLoggedOut;
    private final ObservableList<ProviderSummary> providers;
    private final ObjectProperty<ProviderSummary> currentProvider = new SimpleObjectProperty<>();

    public ShellViewModel(UserInfo user, ProviderSummary firstProvider, PortalClient client, TaskRunner background,
            Runnable onLoggedOut) {
        this.user = user;
        this.client = client;
        this.background = background;
        this.onLoggedOut = onLoggedOut;
        this.providers = FXCollections.unmodifiableObservableList(
                FXCollections.observableArrayList(user.providers()));
        switchTo(firstProvider);
    }

    /** Views another of the user's providers; any other provider is ignored. */
    public void switchTo(ProviderSummary provider) {
        if (provider != null && providers.contains(provider)) {
            currentProvider.set(provider);
        }
    }

    public boolean canSwitchProvider() {
        return providers.size() > 1;
    }

    /** Ends the session on the portal; the user is logged out here even if the portal cannot be told. */
    public void logOut() {
        background.run(() -> {
            client.logout();
            return null;
        }, done -> onLoggedOut.run(), failure -> onLoggedOut.run());
    }

    public String userName() {
        return user.name();
    }

    public ObservableList<ProviderSummary> providers() {
        return providers;
    }

    public ObjectProperty<ProviderSummary> currentProvider() {
        return currentProvider;
    }
}
