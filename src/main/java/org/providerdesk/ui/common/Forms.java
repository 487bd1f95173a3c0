package org.providerdesk.ui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Label;

/** Small builders the screens share, so every form looks and behaves the same. */
public final class Forms {

    private Forms() {
    }

    /** A label that takes no room until it has something to say. */
    public static Label collapsingLabel(ObservableStringValue text, String styleClass) {
        Label label = new Label();
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
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
