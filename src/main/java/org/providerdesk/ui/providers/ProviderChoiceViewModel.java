package org.providerdesk.ui.providers;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.ProviderSummary;

/** The list of providers a user may view; choosing one opens its home page. */
public final class ProviderChoiceViewModel {

    private final ObservableList<ProviderSummary> providers;
    private final String userName;
    private final Consumer<ProviderSummary> onChosen;
    private Runnable logOut;

    public ProviderChoiceViewModel(String userName, List<ProviderSummary> providers,
            Consumer<ProviderSummary> onChosen) {
        this.userName = userName;
        this.providers = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(providers));
        this.onChosen = onChosen;
    }

    /** Opens the chosen provider; one that is not in the user's list is ignored. */
    public void choose(ProviderSummary provider) {
        if (provider != null && providers.contains(provider)) {
            onChosen.accept(provider);
        }
    }

    /** "Log out" on the choice screen; without it the screen offers none. */
    public void onLogOut(Runnable logOut) {
        this.logOut = logOut;
    }

    public boolean canLogOut() {
        return logOut != null;
    }

    public void logOut() {
        if (logOut != null) {
            logOut.run();
        }
    }

    public String greeting() {
        return "Welcome, " + userName;
    }

    public ObservableList<ProviderSummary> providers() {
        return providers;
    }
}
