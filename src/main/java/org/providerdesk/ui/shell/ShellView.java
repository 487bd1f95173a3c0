package org.providerdesk.ui.shell;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.geometry.Orientation;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.ui.common.KeyboardFocus;

/**
 * The frame of the logged-in app: the provider being viewed (always on screen), the switcher in the top right,
 * Log out, navigation on the left and the status bar at the bottom.
 */
public final class ShellView {

    private final ShellViewModel model;
    private final StatusBarModel status;
    private final Navigator navigator;
    private Parent navigation;

    public ShellView(ShellViewModel model, StatusBarModel status, Navigator navigator) {
        this.model = model;
        this.status = status;
        this.navigator = navigator;
    }

    /** The frame with the navigator's pages; keys: Alt+Left (and the mouse's back button) Back, Ctrl+1..9 pages. */
    public BorderPane build() {
        BorderPane frame = new BorderPane();
        navigation = navigation();
        frame.setTop(appBar());
        frame.setLeft(navigation);
        frame.setCenter(content());
        frame.setBottom(statusBar());
        frame.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        KeyboardFocus.tabLeavesTextAreas(frame);
        frame.addEventFilter(MouseEvent.MOUSE_PRESSED, event -> {
            if (event.getButton() == MouseButton.BACK && navigator.back()) {
                event.consume();
            }
        });
        return frame;
    }

    private void keyPressed(KeyEvent event) {
        if (event.isAltDown() && event.getCode() == KeyCode.LEFT) {
            if (navigator.back()) {
                event.consume();
            }
            return;
        }
        int digit = digitOf(event.getCode());
        if (event.isShortcutDown() && digit >= 1) {
            if (navigator.show(digit - 1)) {
                event.consume();
            }
        }
    }

    /** 1 to 9 for the digit keys (top row or keypad), -1 for any other key. */
    private static int digitOf(KeyCode code) {
        if (code.compareTo(KeyCode.DIGIT1) >= 0 && code.compareTo(KeyCode.DIGIT9) <= 0) {
            return code.ordinal() - KeyCode.DIGIT1.ordinal() + 1;
        }
        if (code.compareTo(KeyCode.NUMPAD1) >= 0 && code.compareTo(KeyCode.NUMPAD9) <= 0) {
            return code.ordinal() - KeyCode.NUMPAD1.ordinal() + 1;
        }
        return -1;
    }

    /** The back button and where the user is above the page; the page below. */
    private Node content() {
        Button back = new Button("\u2190 Back");
        back.setId("back");
        back.getStyleClass().add(Styles.FLAT);
        back.setTooltip(new Tooltip("Back to where you were (Alt+Left)"));
        back.visibleProperty().bind(navigator.canGoBack());
        back.managedProperty().bind(back.visibleProperty());
        back.setOnAction(e -> navigator.back());
        Label where = new Label();
        where.setId("placeTitle");
        where.getStyleClass().add("place-title");
        where.setWrapText(true);
        where.textProperty().bind(navigator.current().map(place -> place.detail()
                ? place.page().title() + " \u203a " + place.title() : ""));
        HBox header = new HBox(10, back, where);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.getStyleClass().add("place-bar");
        header.visibleProperty().bind(back.visibleProperty().or(where.textProperty().isNotEmpty()));
        header.managedProperty().bind(header.visibleProperty());

        StackPane page = new StackPane();
        page.setId("pageArea");
        VBox.setVgrow(page, Priority.ALWAYS);
        // a page wider than the window is cut at the window's edge instead of pushing the whole frame off screen
        page.setMinWidth(0);
        page.setAlignment(javafx.geometry.Pos.TOP_LEFT); // and only at the right-hand edge
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(page.widthProperty());
        clip.heightProperty().bind(page.heightProperty());
        page.setClip(clip);
        showPlace(page, navigator.current().get());
        navigator.current().addListener((obs, old, place) -> {
            showPlace(page, place);
            // the keys go on in the page the user moved to, not back at the top of the window
            KeyboardFocus.intoPage(page, navigation);
        });
        VBox content = new VBox(header, page);
        content.setMinWidth(0);
        return content;
    }

    private static void showPlace(StackPane area, Navigator.Place place) {
        if (place == null) {
            area.getChildren().clear();
        } else if (area.getChildren().size() != 1 || area.getChildren().get(0) != place.view()) {
            area.getChildren().setAll(place.view());
        }
    }

    /** One button per page, the one on screen selected; choosing the selected one again keeps it. */
    private Parent navigation() {
        ToggleGroup group = new ToggleGroup();
        VBox nav = new VBox();
        nav.getStyleClass().add("nav");
        int index = 1;
        for (Page page : navigator.pages()) {
            ToggleButton button = navButton(page, index++);
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                button.setSelected(true);
                navigator.show(page);
            });
            nav.getChildren().add(button);
        }
        Runnable select = () -> {
            Navigator.Place place = navigator.current().get();
            int at = place == null ? -1 : navigator.pages().indexOf(place.page());
            if (at >= 0) {
                ((ToggleButton) nav.getChildren().get(at)).setSelected(true);
            }
        };
        navigator.current().addListener((obs, old, place) -> select.run());
        select.run();
        // the arrow keys move the selection within the navigation: the page on screen follows it, so the
        // highlighted entry is always the page shown
        group.selectedToggleProperty().addListener((obs, old, chosen) -> {
            int at = nav.getChildren().indexOf(chosen);
            Navigator.Place place = navigator.current().get();
            if (chosen != null && at >= 0 && (place == null || place.page() != navigator.pages().get(at))) {
                navigator.show(navigator.pages().get(at));
            }
        });
        return nav;
    }

    private static ToggleButton navButton(Page page, int index) {
        ToggleButton button = new ToggleButton();
        button.setId(page.navigationId());
        ObservableStringValue badge = page.badge();
        button.textProperty().bind(Bindings.createStringBinding(() -> badge.get() == null || badge.get().isEmpty()
                ? page.title() : page.title() + " (" + badge.get() + ")", badge));
        button.getStyleClass().addAll("nav-item", Styles.FLAT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setMinHeight(Region.USE_PREF_SIZE);
        if (index <= 9) {
            button.setTooltip(new Tooltip(page.title() + " (Ctrl+" + index + ")"));
        }
        return button;
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
        // On a narrow window the name wraps and the switcher narrows; the brand, the user and Log out keep their
        // words whole.
        providerName.setWrapText(true);
        providerName.setMinWidth(140);
        providerName.setMinHeight(Region.USE_PREF_SIZE);
        brand.setMinWidth(Region.USE_PREF_SIZE);
        VBox viewing = new VBox(0, caption, providerName);
        HBox.setHgrow(viewing, Priority.SOMETIMES);

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label user = new Label(model.userName());
        user.getStyleClass().add(Styles.TEXT_MUTED);
        user.setMinWidth(Region.USE_PREF_SIZE);
        ButtonBase logOut;
        if (model.canRemoveSavedData()) {
            SplitMenuButton split = new SplitMenuButton();
            split.setText("Log out");
            MenuItem remove = new MenuItem("Remove the data saved on this computer and log out…");
            remove.setId("removeSavedData");
            remove.setOnAction(e -> model.removeSavedDataAndLogOut());
            split.getItems().add(remove);
            split.setAccessibleHelp("Open the menu to also remove the data saved on this computer");
            logOut = split;
        } else {
            logOut = new Button("Log out");
        }
        logOut.setId("logOut");
        logOut.setMinWidth(Region.USE_PREF_SIZE);
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
        switcher.setMinWidth(170);
        switcher.setCellFactory(list -> new ProviderCell(false));
        switcher.setButtonCell(new ProviderCell(true));
        switcher.setValue(model.currentProvider().get());
        switcher.valueProperty().addListener((obs, old, chosen) -> model.switchTo(chosen));
        model.currentProvider().addListener((obs, old, current) -> switcher.setValue(current));
        Label label = new Label("Provider");
        label.getStyleClass().add("viewing-caption");
        return new VBox(0, label, switcher);
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
        private final boolean inButton;

        ProviderCell(boolean inButton) {
            this.inButton = inButton;
        }

        @Override
        protected void updateItem(ProviderSummary provider, boolean empty) {
            super.updateItem(provider, empty);
            setText(empty || provider == null ? null : provider.name());
            // in the list, as on the choice screen: the kind and council reference tell like names apart
            if (!empty && provider != null && !inButton) {
                Label name = new Label(provider.name());
                name.getStyleClass().add("provider-choice-name");
                Label detail = new Label(provider.kind().label() + " · council reference " + provider.councilReference());
                detail.getStyleClass().add("provider-choice-detail");
                setText(null);
                setGraphic(new VBox(0, name, detail));
                setAccessibleText(provider.name() + ", " + provider.kind().label() + ", council reference "
                        + provider.councilReference());
            } else {
                setGraphic(null);
            }
        }
    }
}
