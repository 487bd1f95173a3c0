package org.providerdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.providerdesk.api.ProviderSummary;

/**
 * The frame of the logged-in app: the provider being viewed (always on screen), the switcher in the top right,
 * Log out, navigation on the left and the status bar at the bottom.
 */
public final class ShellView {

    private final ShellViewModel model;
    private final StatusBarModel status;

    public ShellView(ShellViewModel model, StatusBarModel status) {
        this.model = model;
        this.status = status;
    }

    /**
     * @param home          the home page, shown first
     * @param waitingToSend the page of changes not yet sent
     * @param waitingCount  how many changes that page lists, shown beside its name when not zero
     * @param onWaitingToSendShown runs each time the user opens that page (to read it again)
     */
    public BorderPane build(Node home, Node waitingToSend, ObservableIntegerValue waitingCount,
            Runnable onWaitingToSendShown) {
        BorderPane frame = new BorderPane();
        frame.setTop(appBar());
        ToggleButton homeButton = navButton("Home", "navHome");
        ToggleButton waitingButton = navButton("Waiting to send", "navOutbox");
        waitingButton.textProperty().bind(Bindings.createStringBinding(() -> waitingCount.get() == 0
                ? "Waiting to send" : "Waiting to send (" + waitingCount.get() + ")", waitingCount));
        frame.setLeft(navigation(homeButton, waitingButton));
        home.visibleProperty().bind(homeButton.selectedProperty());
        waitingToSend.visibleProperty().bind(waitingButton.selectedProperty());
        waitingButton.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                onWaitingToSendShown.run();
            }
        });
        frame.setCenter(new StackPane(home, waitingToSend));
        frame.setBottom(statusBar());
        return frame;
    }

    private Parent appBar() {
        Label brand = new Label("Provider Desk");
        brand.getStyleClass().add("brand-small");
        Label caption = new Label("Viewing information for");
        caption.getStyleClass().add("viewing-caption");
        Label providerName = new Label();
        providerName.setId("currentProvider");
        providerName.getStyleClass().add("viewing-name");
        providerName.textProperty().bind(model.currentProvider().map(ProviderSummary::name));
        VBox viewing = new VBox(0, caption, providerName);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label user = new Label(model.userName());
        user.getStyleClass().add(Styles.TEXT_MUTED);
        Button logOut = new Button("Log out");
        logOut.setId("logOut");
        logOut.getStyleClass().add(Styles.BUTTON_OUTLINED);
        logOut.setOnAction(e -> model.logOut());

        HBox bar = new HBox(brand, new Separator(Orientation.VERTICAL), viewing, spacer);
        if (model.canSwitchProvider()) {
            bar.getChildren().add(providerSwitcher());
        }
        bar.getChildren().addAll(user, logOut);
        bar.getStyleClass().add("app-bar");
        return bar;
    }

    private Node providerSwitcher() {
        ComboBox<ProviderSummary> switcher = new ComboBox<>(model.providers());
        switcher.setId("providerSwitcher");
        switcher.setPromptText("Change provider");
        switcher.setPrefWidth(260);
        switcher.setCellFactory(list -> new ProviderCell());
        switcher.setButtonCell(new ProviderCell());
        switcher.setValue(model.currentProvider().get());
        switcher.valueProperty().addListener((obs, old, chosen) -> model.switchTo(chosen));
        model.currentProvider().addListener((obs, old, current) -> switcher.setValue(current));
        Label label = new Label("Provider");
        label.getStyleClass().add("viewing-caption");
        return new VBox(0, label, switcher);
    }

    private static ToggleButton navButton(String text, String id) {
        ToggleButton button = new ToggleButton(text);
        button.setId(id);
        button.getStyleClass().addAll("nav-item", Styles.FLAT);
        button.setMaxWidth(Double.MAX_VALUE);
        return button;
    }

    /** One page is always selected: choosing the selected one again keeps it. */
    private static Parent navigation(ToggleButton... buttons) {
        ToggleGroup pages = new ToggleGroup();
        for (ToggleButton button : buttons) {
            button.setToggleGroup(pages);
        }
        buttons[0].setSelected(true);
        pages.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true);
            }
        });
        VBox nav = new VBox(buttons);
        nav.getStyleClass().add("nav");
        return nav;
    }

    private Parent statusBar() {
        Circle dot = new Circle(5);
        dot.getStyleClass().add("status-dot-offline");
        status.online().addListener((obs, was, online) -> {
            dot.getStyleClass().setAll(online ? "status-dot-online" : "status-dot-offline");
        });
        if (status.online().get()) {
            dot.getStyleClass().setAll("status-dot-online");
        }
        Label connection = new Label();
        connection.setId("connectionStatus");
        connection.textProperty().bind(status.connectionText());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label sync = new Label();
        sync.setId("syncStatus");
        sync.textProperty().bind(status.syncText());
        Label signedIn = new Label("Signed in as " + model.userName());
        HBox bar = new HBox(dot, connection, new Separator(Orientation.VERTICAL), sync, spacer, signedIn);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    /** Shows a provider by name in the switcher. */
    private static final class ProviderCell extends ListCell<ProviderSummary> {
        @Override
        protected void updateItem(ProviderSummary provider, boolean empty) {
            super.updateItem(provider, empty);
            setText(empty || provider == null ? null : provider.name());
        }
    }
}
