package org.providerdesk.ui;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.WrongCachePasswordException;
import org.providerdesk.client.sync.SyncStatus;
import org.providerdesk.domain.Role;
import org.providerdesk.ui.common.Diagnostics;
import org.providerdesk.ui.common.DialogService;
import org.providerdesk.ui.common.FxDialogService;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.login.LoginView;
import org.providerdesk.ui.login.LoginViewModel;
import org.providerdesk.ui.providers.ProviderChoiceView;
import org.providerdesk.ui.providers.ProviderChoiceViewModel;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.ui.shell.Navigator;
import org.providerdesk.ui.shell.ProviderScope;
import org.providerdesk.ui.shell.ShellView;
import org.providerdesk.ui.shell.ShellViewModel;
import org.providerdesk.ui.shell.StatusBarModel;

/**
 * Moves between the screens: login, provider choice and the logged-in shell. After an online login it opens the
 * user's cache with their password and starts syncing; while the portal cannot be reached, the user may open
 * their saved data instead.
 */
public final class DeskWindow {

    public static final String STYLESHEET = "/org/providerdesk/ui/provider-desk.css";
    static final String COUNCIL_ACCOUNT = "This is a council staff account. Provider Desk shows the portal as "
            + "providers see it; please use a provider account.";

    private final UiContext context;
    private final Consumer<String> openLink;
    private final When when;
    private final StatusBarModel status;
    private final StackPane root = new StackPane();
    private DeskSession session;
    /** The pages of the shell on screen; null when no shell is. */
    private Navigator shellNavigator;
    private final DialogService dialogs;

    /** @param openLink opens a web address in the user's browser */
    public DeskWindow(UiContext context, Consumer<String> openLink) {
        this.context = context;
        this.openLink = openLink;
        this.when = new When(context.zone());
        this.status = new StatusBarModel(when, context.serverDescription());
        this.dialogs = new FxDialogService(() -> root.getScene() == null ? null : root.getScene().getWindow(),
                Diagnostics.forThisApp(context.clock()));
        context.client().onConnectionChange(state -> Platform.runLater(() -> status.connectionChanged(state)));
    }

    /** Adds the theme's and Provider Desk's styles to a scene. */
    public static void style(Scene scene) {
        scene.getStylesheets().add(DeskWindow.class.getResource(STYLESHEET).toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** @param message shown above the form, such as "You have logged out."; may be null */
    public void showLogin(String message) {
        closeSession();
        LoginViewModel login = new LoginViewModel(context.client(), context.background(), when, context.clock(),
                context.savedData(), new LoginViewModel.Outcome() {
                    @Override
                    public void signedIn(SessionInfo signedIn, char[] password) {
                        DeskWindow.this.signedIn(signedIn.user(), password);
                    }

                    @Override
                    public void openedSavedData(LocalCache cache) {
                        openOffline(cache);
                    }
                });
        if (message != null) {
            login.tell(message);
        }
        root.getChildren().setAll(new LoginView(login, context.demoAccounts()).build());
        login.loadPortalStatus();
    }

    private void signedIn(UserInfo user, char[] password) {
        if (user.role() == Role.COUNCIL || user.providers().isEmpty()) {
            Arrays.fill(password, '\0');
            context.background().run(() -> {
                context.client().logout();
                return null;
            }, done -> showLogin(COUNCIL_ACCOUNT), failure -> showLogin(COUNCIL_ACCOUNT));
            return;
        }
        context.background().run(() -> openOnlineSession(user, password), opened -> {
            session = opened;
            chooseProvider(user);
        }, failure -> showLogin(UserMessages.describe(failure)));
    }

    /** Opens the user's cache (making it the first time) and starts syncing. Runs on a worker thread. */
    private DeskSession openOnlineSession(UserInfo user, char[] password) {
        try {
            LocalCache cache;
            try {
                cache = context.savedData().open(user.email(), password);
            } catch (WrongCachePasswordException changedElsewhere) {
                context.savedData().setAside(user.email());
                cache = context.savedData().open(user.email(), password);
            }
            return DeskSession.online(cache, context.client(), user, context.clock(),
                    syncStatus -> Platform.runLater(() -> syncChanged(syncStatus)));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** On the JavaFX thread: the status bar, and once a sync ends, the list of changes waiting to be sent. */
    private void syncChanged(SyncStatus syncStatus) {
        status.syncChanged(syncStatus);
        if (shellNavigator != null && !syncStatus.syncing()) {
            shellNavigator.syncFinished();
        }
    }

    private void openOffline(LocalCache cache) {
        DeskSession offline = DeskSession.offline(cache, context.clock());
        context.background().run(offline::savedUser, savedUser -> {
            if (savedUser.isEmpty()) {
                offline.close();
                showLogin("There is no saved data for this account on this computer yet.");
                return;
            }
            session = offline;
            chooseProvider(savedUser.get());
        }, failure -> {
            offline.close();
            showLogin(UserMessages.describe(failure));
        });
    }

    private void chooseProvider(UserInfo user) {
        if (user.providers().size() == 1) {
            showShell(user, user.providers().get(0));
            return;
        }
        ProviderChoiceViewModel choice = new ProviderChoiceViewModel(user.name(), user.providers(),
                provider -> showShell(user, provider));
        root.getChildren().setAll(new ProviderChoiceView(choice).build());
    }

    private void showShell(UserInfo user, ProviderSummary provider) {
        DeskSession current = session;
        ShellViewModel shell = new ShellViewModel(user, provider, context.client(), context.background(),
                () -> showLogin(current.isOnline() ? "You have logged out." : "You have closed the saved data."));
        Navigator navigator = new Navigator();
        ProviderScope scope = new ProviderScope(current, context.client(), shell.currentProvider(),
                context.background(), context.clock(), when, dialogs, navigator, openLink,
                () -> showLogin("Your session has ended. Please log in again."));
        navigator.setPages(Pages.all(scope));
        shellNavigator = navigator;
        shell.currentProvider().addListener((obs, old, chosen) -> view(current, navigator, chosen));
        Parent frame = new ShellView(shell, status, navigator).build();
        root.getChildren().setAll(frame);
        view(current, navigator, provider);
        frame.requestFocus();
    }

    private void view(DeskSession current, Navigator navigator, ProviderSummary provider) {
        navigator.providerChanged(provider);
        current.viewing(provider.id());
        if (!current.isOnline()) {
            context.background().run(() -> current.lastSyncedAt(provider.id()),
                    last -> status.workingOffline(last.orElse(null)), ignored -> { });
        }
    }

    /** When the window closes: stops syncing and closes the cache cleanly (nothing queued is lost either way). */
    /** The session of the signed-in user, or null (tests ask it for a sync, as the 2-minute timer would). */
    DeskSession session() {
        return session;
    }

    public void close() {
        shellNavigator = null;
        if (session != null) {
            session.close();
            session = null;
        }
    }

    private void closeSession() {
        shellNavigator = null;
        if (session != null) {
            DeskSession closing = session;
            session = null;
            context.background().run(() -> {
                closing.close();
                return null;
            }, done -> { }, failed -> { });
        }
    }
}
