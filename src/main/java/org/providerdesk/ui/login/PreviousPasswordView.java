package org.providerdesk.ui.login;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.providerdesk.ui.common.Forms;
import org.providerdesk.ui.common.SecurePasswordField;
import org.providerdesk.ui.login.PreviousPasswordViewModel.Step;

/** "Your password was changed": the previous password, or what starting afresh loses. Binds only. */
public final class PreviousPasswordView {

    private final PreviousPasswordViewModel model;

    public PreviousPasswordView(PreviousPasswordViewModel model) {
        this.model = model;
    }

    public Parent build() {
        Label brand = new Label("Provider Desk");
        brand.getStyleClass().add("brand");
        Label title = new Label("Your password was changed");
        title.getStyleClass().add(Styles.TITLE_3);
        Label message = Forms.collapsingLabel(model.message(), "form-message");
        VBox card = new VBox(10, brand, title, message, askStep(), lossStep());
        card.getStyleClass().add("login-card");
        return Forms.centredCard(card, 500);
    }

    private Node askStep() {
        Label explain = Forms.wrapping(new Label(model.explanation()));
        SecurePasswordField previous = new SecurePasswordField(model.previous());
        previous.setId("previousPassword");
        Button use = new Button("Use previous password");
        use.setId("usePrevious");
        use.getStyleClass().add(Styles.ACCENT);
        use.disableProperty().bind(model.busy());
        use.setOnAction(e -> model.usePrevious());
        Button unknown = new Button("I do not know it");
        unknown.setId("doNotKnowIt");
        unknown.disableProperty().bind(model.busy());
        unknown.setOnAction(e -> model.doNotKnowIt());
        VBox step = new VBox(6, explain, Forms.fieldLabel("Previous password"), previous,
                Forms.fieldError(model.previousError(), "previousPasswordError"), new HBox(10, use, unknown));
        show(step, Step.ASK);
        use.defaultButtonProperty().bind(step.visibleProperty());
        step.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                previous.requestFocus();
            }
        });
        return step;
    }

    private Node lossStep() {
        Label summary = Forms.wrapping(new Label());
        summary.setId("lossSummary");
        summary.textProperty().bind(model.lossSummary());
        VBox list = new VBox(2);
        list.setId("losses");
        model.losses().addListener((javafx.collections.ListChangeListener<String>) change -> list.getChildren()
                .setAll(model.losses().stream().map(text -> (Node) Forms.wrapping(new Label("• " + text))).toList()));
        Label aside = Forms.wrapping(new Label("The old data stays on this computer, locked, for "
                + model.setAsideDays() + " days and is then deleted."));
        aside.getStyleClass().add(Styles.TEXT_MUTED);
        Button afresh = new Button("Start afresh");
        afresh.setId("startAfresh");
        afresh.getStyleClass().add(Styles.DANGER);
        afresh.disableProperty().bind(model.busy());
        afresh.setOnAction(e -> model.startAfresh());
        Button back = new Button("Back");
        back.setId("back");
        back.setOnAction(e -> model.back());
        VBox step = new VBox(8, summary, list, aside, new HBox(10, back, afresh));
        show(step, Step.LOSS);
        back.defaultButtonProperty().bind(step.visibleProperty());
        return step;
    }

    private void show(Node node, Step step) {
        node.visibleProperty().bind(model.step().isEqualTo(step));
        node.managedProperty().bind(node.visibleProperty());
    }
}
