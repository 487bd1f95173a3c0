package org.providerdesk.ui.actions;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.geometry.Pos;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.domain.SummaryLevel;

/**
 * The home page's pending actions summary: the guide's green, amber or red icon, the counts in words beside it
 * (colour never alone), and a button that opens the actions page.
 */
final class PendingActionsSummary {

    private PendingActionsSummary() {
    }

    static Node build(ActionsViewModel model, Runnable openActions) {
        Circle icon = new Circle(9);
        icon.setId("pendingActionsIcon");
        Label title = new Label("Pending actions");
        title.getStyleClass().add("field-label");
        Label counts = new Label();
        counts.setId("pendingActionsCounts");
        counts.textProperty().bind(Bindings.createStringBinding(() -> words(model.summary().get()), model.summary()));
        icon.getStyleClass().add(style(model.summary().get().level()));
        model.summary().addListener((obs, was, now) -> {
            icon.getStyleClass().removeAll("summary-icon-green", "summary-icon-amber", "summary-icon-red");
            icon.getStyleClass().add(style(now.level()));
        });
        Button open = new Button("Open actions and change requests");
        open.setId("openActions");
        open.setOnAction(e -> openActions.run());
        title.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        counts.setWrapText(true);
        // On a narrow window the button goes under the counts instead of cutting them.
        FlowPane box = new FlowPane(10, 8, icon, title, counts, open);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("pendingActions");
        box.getStyleClass().addAll("toolbar-row", "pending-actions");
        return box;
    }

    static String words(ActionSummary summary) {
        String level = switch (summary.level()) {
            case GREEN -> "Green: ";
            case AMBER -> "Amber: ";
            case RED -> "Red: ";
        };
        return level + ActionWords.summary(summary);
    }

    private static String style(SummaryLevel level) {
        return "summary-icon-" + level.name().toLowerCase(java.util.Locale.ROOT);
    }
}
