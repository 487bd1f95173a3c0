package org.providerdesk.ui;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.api.UserInfo;
import org.providerdesk.domain.Role;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.home.HomeView;
import org.providerdesk.ui.home.HomeViewModel;
import org.providerdesk.ui.login.LoginView;
import org.providerdesk.ui.login.LoginViewModel;
import org.providerdesk.ui.providers.ProviderChoiceView;
import org.providerdesk.ui.providers.ProviderChoiceViewModel;
import org.providerdesk.ui.shell.ShellView;
import org.providerdesk.ui.shell.ShellViewModel;
import org.providerdesk.ui.shell.StatusBarModel;

/** Moves between the screens: login, provider choice, and the logged-in shell. */
public final class DeskWindow {

    public static final String STYLESHEET = "/org/providerdesk/ui/provider-desk.css";
    static final String COUNCIL_ACCOUNT = "This is a council staff account. Provider Desk shows the portal as "
            + "providers see it; please use a provider account.";

    private final UiContext context;
    private final Consumer<String> openLink;
    private final When when;
    private final StatusBarModel status;
    private final StackPane root = new StackPane();

    /** @param openLink opens a web address in the user's browser */
    public DeskWindow(UiContext context, Consumer<String> openLink) {
        this.context = context;
        this.openLink = openLink;
        this.when = new When(context.zone());
        this.status = new StatusBarModel(when, context.serverDescription());
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
        LoginViewModel login = new LoginViewModel(context.client(), context.background(), when, context.clock(),
                this::signedIn);
        if (message != null) {
            login.tell(message);
        }
        root.getChildren().setAll(new LoginView(login, context.demoAccounts()).build());
        login.loadPortalStatus();
    }

    private void signedIn(SessionInfo session) {
        UserInfo user = session.user();
        if (user.role() == Role.COUNCIL || user.providers().isEmpty()) {
            context.background().run(() -> {
                context.client().logout();
                return null;
            }, done -> showLogin(COUNCIL_ACCOUNT), failure -> showLogin(COUNCIL_ACCOUNT));
            return;
        }
        if (user.providers().size() == 1) {
            showShell(user, user.providers().get(0));
            return;
        }
        ProviderChoiceViewModel choice = new ProviderChoiceViewModel(user.name(), user.providers(),
                provider -> showShell(user, provider));
        root.getChildren().setAll(new ProviderChoiceView(choice).build());
    }

    private void showShell(UserInfo user, ProviderSummary provider) {
        ShellViewModel shell = new ShellViewModel(user, provider, context.client(), context.background(),
                () -> showLogin("You have logged out."));
        HomeViewModel home = new HomeViewModel(context.client(), context.background(), when, context.clock(),
                () -> showLogin("Your session has ended. Please log in again."));
        shell.currentProvider().addListener((obs, old, current) -> home.load(current.id()));
        home.load(provider.id());
        root.getChildren().setAll(new ShellView(shell, status).build(new HomeView(home, openLink).build()));
    }
}
