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

    public String greeting() {
        return "Welcome, " + userName;
    }

    public ObservableList<ProviderSummary> providers() {
        return providers;
    }
}
