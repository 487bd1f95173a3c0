package org.providerdesk.ui.actions;

import atlantafx.base.theme.Styles;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.TeamView;
import org.providerdesk.ui.common.Forms;

/**
 * One action: what it is, its history oldest first (provider purple, council green, each headed with who, when and
 * the team), the outcome of a closed one, and Reply.
 */
public final class ActionDetailView {

    private final ActionDetailViewModel model;

    public ActionDetailView(ActionDetailViewModel model) {
        this.model = model;
    }

    public Parent build() {
        Label title = new Label();
        title.setId("actionDetailTitle");
        title.getStyleClass().add("section-title");
        Label facts = Forms.wrapping(new Label());
        facts.setId("actionFacts");
        facts.getStyleClass().add("section-caption");
        model.action().addListener((obs, was, now) -> {
            title.setText(now == null ? "" : now.title());
            facts.setText(now == null ? "" : facts(now));
        });
        Label outcome = Forms.collapsingLabel(model.outcome(), "outcome");
        outcome.setId("actionOutcome");

        Label historyHeading = new Label("History");
        historyHeading.getStyleClass().add("field-label");
        Label legend = new Label("Your messages are purple; the council's are green.");
        legend.getStyleClass().add("section-caption");
        VBox history = new VBox(8);
        history.setId("actionHistory");
        model.history().addListener((ListChangeListener<ActionDetailViewModel.Message>) c -> fill(history));
        fill(history);

        Button reply = new Button("Reply");
        reply.setId("reply");
        reply.getStyleClass().add(Styles.ACCENT);
        reply.visibleProperty().bind(model.canReply().and(model.replying().not()));
        reply.managedProperty().bind(reply.visibleProperty());
        reply.setOnAction(e -> model.reply());

        Node replyBox = replyBox();
        // after Submit or Cancel the keys go on from Reply, not from the top of the window
        model.replying().addListener((obs, was, now) -> {
            if (!now) {
                javafx.application.Platform.runLater(() -> {
                    if (reply.isVisible()) {
                        reply.requestFocus();
                    }
                });
            }
        });
        VBox page = new VBox(12, title, facts, outcome, historyHeading, legend, history, reply, replyBox);
        page.getStyleClass().add("page");
        page.setMaxWidth(860);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private Node replyBox() {
        Label commentsLabel = Forms.fieldLabel("Comments");
        TextArea comments = new TextArea();
        comments.setId("replyComments");
        comments.setWrapText(true);
        comments.setPrefRowCount(4);
        comments.textProperty().bindBidirectional(model.comments());
        commentsLabel.setLabelFor(comments);
        Label assignLabel = Forms.fieldLabel("Assign To");
        ComboBox<TeamView> assign = new ComboBox<>(model.teams());
        assign.setId("replyAssignTo");
        assign.setCellFactory(l -> teamCell());
        assign.setButtonCell(teamCell());
        assign.valueProperty().bindBidirectional(model.assignTo());
        assignLabel.setLabelFor(assign);
        Button submit = new Button("Submit");
        submit.setId("submitReply");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(e -> model.submit());
        Button cancel = new Button("Cancel");
        cancel.setId("cancelReply");
        cancel.setOnAction(e -> model.cancelReply());
        VBox box = new VBox(4, commentsLabel, comments, Forms.fieldError(model.commentsError(), "replyCommentsError"),
                assignLabel, assign, Forms.fieldError(model.assignToError(), "replyAssignToError"),
                new HBox(10, submit, cancel));
        box.setId("replyBox");
        box.visibleProperty().bind(model.replying());
        box.managedProperty().bind(box.visibleProperty());
        model.replying().addListener((obs, was, now) -> {
            if (now) {
                comments.requestFocus();
            }
        });
        return box;
    }

    private static ListCell<TeamView> teamCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(TeamView item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Choose..." : item.name());
            }
        };
    }

    private static String facts(ActionView a) {
        String client = a.clientName() == null ? "" : " · " + a.clientName()
                + (a.clientReference() == null ? "" : " (" + a.clientReference() + ")");
        String due = a.dueDate() == null ? "" : " · due " + ActionWords.date(a.dueDate());
        return ActionWords.type(a.type()) + client + " · " + ActionWords.status(a) + due;
    }

    private void fill(VBox history) {
        history.getChildren().clear();
        int index = 0;
        for (ActionDetailViewModel.Message m : model.history()) {
            Label heading = Forms.wrapping(new Label(m.heading()));
            heading.getStyleClass().add("message-heading");
            Label text = Forms.wrapping(new Label(m.text()));
            VBox card = new VBox(heading, text);
            if (!m.pending().isEmpty()) {
                Label pending = new Label(m.pending());
                pending.getStyleClass().add("pending-tag");
                card.getChildren().add(pending);
            }
            card.setId("message-" + index++);
            card.getStyleClass().addAll("message", m.council() ? "message-council" : "message-provider");
            history.getChildren().add(card);
        }
    }
}
