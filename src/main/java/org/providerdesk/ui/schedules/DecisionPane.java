package org.providerdesk.ui.schedules;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.providerdesk.ui.common.Forms;

/** The bottom of the page: the schedule's status, Confirm and Reject, and the Comments box of the one chosen. */
final class DecisionPane {

    private DecisionPane() {
    }

    static Node build(DecisionModel model) {
        Label status = new Label();
        status.setId("scheduleStatus");
        status.getStyleClass().add(Styles.TEXT_BOLD);
        status.textProperty().bind(Bindings.concat("Status: ", model.status()));
        Label detail = Forms.wrapping(new Label());
        detail.setId("scheduleDecided");
        detail.textProperty().bind(model.decidedDetail());
        Label waiting = Forms.collapsingLabel(model.waiting(), "pending-label");
        waiting.setId("scheduleWaiting");
        waiting.getStyleClass().add(Styles.WARNING);
        Label changed = Forms.collapsingLabel(model.changed(), "field-error");
        changed.setId("scheduleChanged");
        Label notOffered = Forms.collapsingLabel(model.notOffered(), "section-caption");
        notOffered.setId("decisionNotOffered");

        // Alt+C and Alt+R (underlined when Alt is held); the Comments box's button takes the same key when open.
        Button confirm = new Button("_Confirm");
        confirm.setId("confirmSchedule");
        confirm.getStyleClass().add(Styles.SUCCESS);
        confirm.setOnAction(event -> model.startConfirm());
        Button reject = new Button("_Reject");
        reject.setId("rejectSchedule");
        reject.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        reject.setOnAction(event -> model.startReject());
        HBox buttons = new HBox(8, confirm, reject);
        buttons.visibleProperty().bind(model.offered().and(model.mode().isEqualTo(DecisionModel.Mode.NONE)));
        buttons.managedProperty().bind(buttons.visibleProperty());

        VBox comments = commentsBox(model);
        VBox pane = new VBox(6, new HBox(12, status, waiting), detail, changed, notOffered, buttons, comments);
        pane.setId("decisionPane");
        pane.setPadding(new Insets(10, 0, 0, 0));
        pane.getStyleClass().add("decision-pane");
        return pane;
    }

    private static VBox commentsBox(DecisionModel model) {
        Label label = Forms.fieldLabel("Comments");
        TextArea text = new TextArea();
        text.setId("decisionComments");
        text.setPrefRowCount(3);
        text.setWrapText(true);
        text.textProperty().bindBidirectional(model.comments());
        label.setLabelFor(text);
        // Tab leaves the box for its buttons, as in any other field (a tab character is no use in a comment).
        text.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                text.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
        Label error = Forms.fieldError(model.commentsError(), "decisionCommentsError");
        model.commentsError().addListener((property, was, now) -> {
            if (!now.isEmpty()) {
                text.requestFocus();
            }
        });
        Label hint = new Label();
        hint.getStyleClass().add("section-caption");
        hint.textProperty().bind(Bindings.when(model.mode().isEqualTo(DecisionModel.Mode.REJECTING))
                .then("Say why you reject the schedule: the council needs it to put the schedule right.")
                .otherwise("Any comments for the council (optional). Confirm agrees the payments."));
        Button send = new Button();
        send.setId("sendDecision");
        send.setDefaultButton(false);
        send.textProperty().bind(Bindings.when(model.mode().isEqualTo(DecisionModel.Mode.REJECTING))
                .then("_Reject").otherwise("_Confirm"));
        send.getStyleClass().add(Styles.ACCENT);
        send.setOnAction(event -> model.send());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelDecision");
        send.setMinWidth(Region.USE_PREF_SIZE);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        send.setMaxWidth(Double.MAX_VALUE);
        cancel.setMaxWidth(Double.MAX_VALUE);
        Forms.wrapping(hint);
        cancel.setOnAction(event -> model.cancel());
        VBox field = new VBox(4, text, error);
        HBox.setHgrow(field, Priority.ALWAYS);
        VBox box = new VBox(4, label, hint, new HBox(8, field, new VBox(8, send, cancel)));
        box.visibleProperty().bind(model.mode().isNotEqualTo(DecisionModel.Mode.NONE));
        box.managedProperty().bind(box.visibleProperty());
        box.visibleProperty().addListener((property, was, now) -> {
            if (now) {
                text.requestFocus();
            }
        });
        return box;
    }
}
