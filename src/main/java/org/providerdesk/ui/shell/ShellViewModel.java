package org.providerdesk.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import java.util.List;
import org.providerdesk.ui.common.DialogService;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/** Who is signed in, which provider they are viewing, and logging out. */
public final class ShellViewModel {

    private final UserInfo user;
    private final PortalClient client;
    private final TaskRunner background;
    private final Runnable onLoggedOut;
    private final ObservableList<ProviderSummary> providers;
    private final ObjectProperty<ProviderSummary> currentProvider = new SimpleObjectProperty<>();
    private SavedDataRemoval removal;
    private DialogService dialogs;

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

    /**
     * What "Remove the data saved on this computer" needs from outside. Both run on a worker thread.
     */
    public interface SavedDataRemoval {
        /** The changes still waiting to send, in words ("Raise action: Hospital admission"). */
        List<String> waitingToSend();

        /** Closes the saved data and deletes it from this computer, then shows the login. */
        void remove();
    }

    /** Offers "Remove the data saved on this computer" on log out (a shared computer). */
    public void offerRemoval(SavedDataRemoval removal, DialogService dialogs) {
        this.removal = removal;
        this.dialogs = dialogs;
    }

    public boolean canRemoveSavedData() {
        return removal != null;
    }

    /**
     * "Remove the data saved on this computer": says how many changes are still waiting to send (and which), and
     * only when the user goes ahead logs out and deletes the data.
     */
    public void removeSavedDataAndLogOut() {
        if (removal == null) {
            return;
        }
        background.run(removal::waitingToSend, waiting -> {
            if (dialogs.confirm(new DialogService.Confirmation("Remove the data saved on this computer?",
                    removalQuestion(waiting), "Remove and log out", "Cancel", true))) {
                background.run(() -> {
                    try {
                        client.logout();
                    } catch (RuntimeException portalNotTold) {
                        // logged out here all the same; the portal's session ends on its own
                    }
                    removal.remove();
                    return null;
                }, done -> { }, failure -> onLoggedOut.run());
            }
        }, failure -> dialogs.error("The saved data could not be read", UserMessages.describe(failure), failure));
    }

    static String removalQuestion(List<String> waiting) {
        String start = "This logs you out and deletes everything Provider Desk saved on this computer for you. "
                + "It is downloaded again when you next log in.";
        if (waiting.isEmpty()) {
            return start + "\n\nNo changes are waiting to send.";
        }
        return start + "\n\n" + (waiting.size() == 1 ? "1 change is" : waiting.size() + " changes are")
                + " still waiting to send and will be lost:\n"
                + waiting.stream().map(line -> "• " + line).collect(java.util.stream.Collectors.joining("\n"));
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
