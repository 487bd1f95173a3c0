package org.providerdesk.ui.outbox;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.providerdesk.ui.common.Forms;
import org.providerdesk.ui.common.KeyboardFocus;

/** The "Waiting to send" page: one card per change kept on this computer, refused ones with what to do next. */
public final class OutboxView {

    private static final String CAPTION = "Changes you make are kept on this computer first and sent to the portal "
            + "in order, as soon as it answers; nothing you type is lost while it does not. If the portal refuses a "
            + "change, it shows here with the portal's reason: send it again, or discard it.";

    private final OutboxViewModel model;

    public OutboxView(OutboxViewModel model) {
        this.model = model;
    }

    public Parent build() {
        Label heading = new Label("Waiting to send");
        heading.getStyleClass().add("section-title");
        Label caption = new Label(CAPTION);
        caption.setWrapText(true);
        caption.getStyleClass().add("section-caption");
        Label error = Forms.collapsingLabel(model.error(), "form-message");
        error.setId("outboxError");

        Label empty = new Label(OutboxViewModel.NOTHING_WAITING);
        empty.setId("outboxEmpty");
        empty.visibleProperty().bind(model.empty());
        empty.managedProperty().bind(empty.visibleProperty());

        VBox list = new VBox(10);
        list.setId("outboxList");
        model.rows().addListener((ListChangeListener<OutboxViewModel.Row>) change -> fill(list));
        fill(list);

        VBox section = new VBox(heading, caption, error, empty, list);
        section.getStyleClass().add("section");
        VBox page = new VBox(section);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private void fill(VBox list) {
        // after Send again or Discard the cards are made anew: the keys stay in the list (the next refused
        // change's Send again), not back at the top of the window
        Node owner = list.getScene() == null ? null : list.getScene().getFocusOwner();
        boolean hadFocus = false;
        for (Node at = owner; at != null; at = at.getParent()) {
            hadFocus |= at == list;
        }
        list.getChildren().clear();
        for (OutboxViewModel.Row row : model.rows()) {
            list.getChildren().add(card(row));
        }
        if (hadFocus) {
            KeyboardFocus.firstFocusable(list).ifPresent(Node::requestFocus);
        }
    }

    private Node card(OutboxViewModel.Row row) {
        Label title = new Label(row.description());
        title.getStyleClass().add("notice-title");
        title.setWrapText(true);
        Label state = new Label(row.state() + " · " + row.queued());
        state.getStyleClass().add("notice-when");
        Label detail = new Label(row.detail());
        detail.setWrapText(true);
        VBox card = new VBox(title, state, detail);
        card.setId("outboxRow-" + row.id());
        card.getStyleClass().addAll("notice", row.refused() ? "notice-downtime-now" : "notice-information");
        if (row.refused()) {
            card.getChildren().add(actions(row));
        }
        return card;
    }

    private Node actions(OutboxViewModel.Row row) {
        Button sendAgain = new Button("Send again");
        sendAgain.setId("sendAgain-" + row.id());
        sendAgain.getStyleClass().add(Styles.ACCENT);
        sendAgain.disableProperty().bind(model.busy());
        sendAgain.setOnAction(e -> model.sendAgain(row));
        Button discard = new Button("Discard");
        discard.setId("discard-" + row.id());
        discard.getStyleClass().addAll(Styles.BUTTON_OUTLINED, Styles.DANGER);
        discard.disableProperty().bind(model.busy());
        discard.setOnAction(e -> model.discard(row));
        HBox buttons = new HBox(8, sendAgain, discard);
        buttons.getStyleClass().add("notice-actions");
        return buttons;
    }
}
