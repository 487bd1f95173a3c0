package org.providerdesk.ui.home;

import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The "What needs you now" section: one card per item, each with a button to its page; hidden when empty. */
final class NeedsYouView {

    private NeedsYouView() {
    }

    /** @param open opens an item's page; null when there is no page to open (the button is then absent) */
    static VBox build(NeedsYouModel model, Consumer<NeedsYouModel.Item> open) {
        Label heading = new Label("What needs you now");
        heading.getStyleClass().add("section-title");
        VBox list = new VBox(10);
        list.setId("needsYou");
        VBox section = new VBox(heading, list);
        section.getStyleClass().add("section");
        Runnable fill = () -> {
            list.getChildren().clear();
            int i = 0;
            for (NeedsYouModel.Item item : model.items()) {
                list.getChildren().add(card(item, open, i++));
            }
            section.setVisible(!model.items().isEmpty());
            section.setManaged(section.isVisible());
        };
        model.items().addListener((ListChangeListener<NeedsYouModel.Item>) change -> fill.run());
        fill.run();
        return section;
    }

    private static Node card(NeedsYouModel.Item item, Consumer<NeedsYouModel.Item> open, int index) {
        Label text = new Label(item.text());
        text.setWrapText(true);
        text.getStyleClass().add("notice-title");
        VBox card = new VBox(6, text);
        card.setId("needsYou-" + index);
        card.getStyleClass().addAll("notice", item.overdue() || item.target() == NeedsYouModel.Target.NON_PAYABLE
                ? "notice-downtime-planned" : "notice-information");
        if (open != null) {
            Button go = new Button(item.action());
            go.setId("needsYouOpen-" + index);
            go.setOnAction(e -> open.accept(item));
            card.getChildren().add(go);
        }
        return card;
    }
}
