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
import org.providerdesk.ui.login.DemoInboxDialog;
import org.providerdesk.ui.login.ForgottenPasswordView;
import org.providerdesk.ui.login.ForgottenPasswordViewModel;
import org.providerdesk.ui.login.LoginViewModel;
import org.providerdesk.ui.login.PreviousPasswordView;
import org.providerdesk.ui.login.PreviousPasswordViewModel;
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
    /**
     * The app's theme (AtlantaFX Primer Light) for every window of the JavaFX toolkit, in its precompiled binary
     * form: parsing the 170 KB text stylesheet held up the first window of every start.
     */
    public static void useTheme() {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight()
                .getUserAgentStylesheetBSS());
    }

    public static void style(Scene scene) {
        scene.getStylesheets().add(DeskWindow.class.getResource(STYLESHEET).toExternalForm());
    }

    public Parent root() {
        return root;
    }

    /** @param message shown above the form, such as "You have logged out."; may be null */
    public void showLogin(String message) {
        showLogin(message, true);
    }

    /** Back to the login with a problem to tell, in the error style. */
    private void showLoginProblem(String problem) {
        showLogin(problem, false);
    }

    private void showLogin(String message, boolean information) {
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
        if (message != null && information) {
            login.tell(message);
        } else if (message != null) {
            login.tellProblem(message);
        }
        login.onForgottenPassword(this::showForgottenPassword);
        root.getChildren().setAll(new LoginView(login, context.demoAccounts()).build());
        login.loadPortalStatus();
    }

    /** "Forgotten password": the reset screen; OK or Cancel comes back to the login. */
    private void showForgottenPassword(String email) {
        ForgottenPasswordViewModel reset = new ForgottenPasswordViewModel(context.client(), context.background(),
                email, () -> showLogin(null));
        Runnable inbox = context.demoAccounts() == null ? null : () -> context.background().run(
                context.client()::demoInbox, mails -> DemoInboxDialog.show(mails, reset.code()::set),
                failure -> reset.message().set(UserMessages.describe(failure)));
        root.getChildren().setAll(new ForgottenPasswordView(reset, inbox).build());
    }

    private void signedIn(UserInfo user, char[] password) {
        if (user.role() == Role.COUNCIL || user.providers().isEmpty()) {
            Arrays.fill(password, '\0');
            context.background().run(() -> {
                context.client().logout();
                return null;
            }, done -> showLoginProblem(COUNCIL_ACCOUNT), failure -> showLoginProblem(COUNCIL_ACCOUNT));
            return;
        }
        context.background().run(() -> {
            context.savedData().deleteExpired(context.clock().instant());
            return context.savedData().open(user.email(), password);
        }, cache -> {
            Arrays.fill(password, '\0');
            startOnline(user, cache);
        }, failure -> {
            if (failure instanceof WrongCachePasswordException) {
                askPreviousPassword(user, password);
            } else {
                Arrays.fill(password, '\0');
                showLoginProblem(UserMessages.describe(failure));
            }
        });
    }

    /** The password was changed elsewhere: the previous one re-keys the saved data (or the user starts afresh). */
    private void askPreviousPassword(UserInfo user, char[] password) {
        PreviousPasswordViewModel ask = new PreviousPasswordViewModel(user.email(), password, context.savedData(),
                context.background(), context.clock(), context.zone(), cache -> startOnline(user, cache));
        root.getChildren().setAll(new PreviousPasswordView(ask).build());
    }

    /** Remembers who the cache belongs to (a write: on a worker thread) and starts syncing. */
    private void startOnline(UserInfo user, LocalCache cache) {
        context.background().run(() -> DeskSession.online(cache, context.client(), user, context.clock(),
                syncStatus -> Platform.runLater(() -> syncChanged(syncStatus))), opened -> {
                    session = opened;
                    chooseProvider(user);
                }, failure -> {
                    cache.close();
                    showLoginProblem(UserMessages.describe(failure));
                });
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
                showLoginProblem("There is no saved data for this account on this computer yet.");
                return;
            }
            session = offline;
            chooseProvider(savedUser.get());
        }, failure -> {
            offline.close();
            showLoginProblem(UserMessages.describe(failure));
        });
    }

    private void chooseProvider(UserInfo user) {
        if (user.providers().size() == 1) {
            showShell(user, user.providers().get(0));
            return;
        }
        ProviderChoiceViewModel choice = new ProviderChoiceViewModel(user.name(), user.providers(),
                provider -> showShell(user, provider));
        DeskSession current = session;
        choice.onLogOut(() -> context.background().run(() -> {
            context.client().logout();
            return null;
        }, done -> showLogin(current != null && current.isOnline() ? "You have logged out."
                : "You have closed the saved data."), failure -> showLogin("You have logged out.")));
        root.getChildren().setAll(new ProviderChoiceView(choice).build());
    }

    /**
     * Shows the logged-in shell for a session opened elsewhere (the installed app's self-test builds every page this
     * way, off-screen, exactly as a user would see them).
     */
    public void showSession(DeskSession opened, UserInfo user, ProviderSummary provider) {
        session = opened;
        showShell(user, provider);
    }

    private void showShell(UserInfo user, ProviderSummary provider) {
        DeskSession current = session;
        ShellViewModel shell = new ShellViewModel(user, provider, context.client(), context.background(),
                () -> showLogin(current.isOnline() ? "You have logged out." : "You have closed the saved data."));
        shell.offerRemoval(new ShellViewModel.SavedDataRemoval() {
            @Override
            public java.util.List<String> waitingToSend() {
                return current.outbox().waiting().stream().map(item -> item.description()).toList();
            }

            @Override
            public void remove() {
                Platform.runLater(() -> removeSavedData(current, user));
            }
        }, dialogs);
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

    /** "Remove the data saved on this computer": closes the cache, deletes it, then back to login. */
    private void removeSavedData(DeskSession closing, UserInfo user) {
        if (session == closing) {
            session = null;
        }
        shellNavigator = null;
        context.background().run(() -> {
            closing.close();
            context.savedData().remove(user.email());
            return null;
        }, done -> showLogin("You have logged out. The data saved on this computer has been removed."),
                failure -> showLoginProblem("You have logged out, but the data saved on this computer could not be "
                        + "removed. Please try again."));
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
