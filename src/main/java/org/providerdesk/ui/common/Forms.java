package org.providerdesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/** Small builders the screens share, so every form looks and behaves the same. */
public final class Forms {

    private Forms() {
    }

    /**
     * A card (login, provider choice) in the middle of the window. Its text wraps at the card's width and is never
     * cut: when the window is too low for the card, the card scrolls.
     */
    public static ScrollPane centredCard(Region card, double width) {
        card.setPrefWidth(width);
        card.setMaxWidth(width);
        card.setMinHeight(Region.USE_PREF_SIZE);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane backdrop = new StackPane(card);
        backdrop.getStyleClass().add("login-backdrop");
        backdrop.setAlignment(Pos.CENTER);
        backdrop.setPadding(new Insets(16));
        backdrop.setMinHeight(Region.USE_PREF_SIZE);
        ScrollPane scroll = new ScrollPane(backdrop);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.getStyleClass().addAll("login-backdrop", "edge-to-edge");
        return scroll;
    }

    /**
     * As {@link #centredCard}, but the card sits near the top of the window and grows downwards only, so that
     * what arrives later (the portal's notices) does not move the fields the user is typing in.
     */
    public static ScrollPane topCard(Region card, double width) {
        ScrollPane scroll = centredCard(card, width);
        StackPane backdrop = (StackPane) scroll.getContent();
        backdrop.setAlignment(Pos.TOP_CENTER);
        backdrop.setPadding(new Insets(40, 16, 16, 16));
        return scroll;
    }

    /** A label that wraps and is never shorter than its text needs (so never cut with "..."). */
    public static Label wrapping(Label label) {
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A label that takes no room until it has something to say. */
    public static Label collapsingLabel(ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        wrapping(label);
        label.textProperty().bind(text);
        label.visibleProperty().bind(Bindings.isNotEmpty(text));
        label.managedProperty().bind(label.visibleProperty());
        return label;
    }

    public static Label fieldLabel(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("field-label");
        return label;
    }

    /** An error shown right below the field it belongs to; empty errors take no room. */
    public static Label fieldError(ObservableStringValue error, String id) {
        Label label = collapsingLabel(error, "field-error");
        label.setId(id);
        return label;
    }
}
