package org.providerdesk.ui.login;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.providerdesk.ui.common.Forms;
import org.providerdesk.ui.common.SecurePasswordField;
import org.providerdesk.ui.login.ForgottenPasswordViewModel.Step;

/** "Forgotten password": the code from the e-mail, Next, the new password twice, Finish, OK. Binds only. */
public final class ForgottenPasswordView {

    private final ForgottenPasswordViewModel model;
    private final Runnable openDemoInbox;

    /** @param openDemoInbox shows the demo mailbox (a demo server), or null */
    public ForgottenPasswordView(ForgottenPasswordViewModel model, Runnable openDemoInbox) {
        this.model = model;
        this.openDemoInbox = openDemoInbox;
    }

    public Parent build() {
        Label brand = new Label("Provider Desk");
        brand.getStyleClass().add("brand");
        Label title = new Label("Reset your password");
        title.getStyleClass().add(Styles.TITLE_3);
        Label message = Forms.collapsingLabel(model.message(), "form-message");
        message.setId("resetMessage");
        message.setMaxWidth(Double.MAX_VALUE);
        Hyperlink cancel = new Hyperlink("Cancel and go back to log in");
        cancel.setId("cancelReset");
        cancel.setOnAction(e -> model.backToLogin());
        cancel.visibleProperty().bind(model.step().isNotEqualTo(Step.DONE));
        cancel.managedProperty().bind(cancel.visibleProperty());
        VBox card = new VBox(8, brand, title, message, emailStep(), codeStep(), passwordStep(), doneStep(), cancel);
        if (openDemoInbox != null) {
            Hyperlink inbox = new Hyperlink("Demo inbox");
            inbox.setId("resetDemoInbox");
            inbox.setOnAction(e -> openDemoInbox.run());
            inbox.visibleProperty().bind(model.step().isEqualTo(Step.CODE));
            inbox.managedProperty().bind(inbox.visibleProperty());
            card.getChildren().add(inbox);
        }
        card.getStyleClass().add("login-card");
        return Forms.centredCard(card, 460);
    }

    private Node emailStep() {
        Label explain = Forms.wrapping(new Label("Enter the e-mail address of your account. A code is e-mailed to "
                + "your registered e-mail address."));
        TextField email = new TextField();
        email.setId("resetEmail");
        email.setPromptText("name@example.org");
        email.textProperty().bindBidirectional(model.email());
        Button send = primary("Send the code", "sendCode");
        send.setOnAction(e -> model.sendCode());
        return step(Step.EMAIL, send, email, explain, Forms.fieldLabel("E-mail address"), email,
                Forms.fieldError(model.emailError(), "resetEmailError"), send);
    }

    private Node codeStep() {
        Label sent = Forms.wrapping(new Label());
        sent.textProperty().bind(model.sentText());
        TextField code = new TextField();
        code.setId("resetCode");
        code.setPromptText("6 digits");
        code.textProperty().bindBidirectional(model.code());
        // a code filled in from elsewhere ("Use this code" in the demo inbox): the Code box takes the focus, so
        // that Enter means the step's button
        model.code().addListener((obs, was, now) -> {
            if (!code.isFocused() && code.getParent() != null && code.getParent().isVisible() && !now.isEmpty()) {
                code.requestFocus();
                code.end();
            }
        });
        Button next = primary("Next", "next");
        next.setOnAction(e -> model.next());
        return step(Step.CODE, next, code, sent, Forms.fieldLabel("Code"), code,
                Forms.fieldError(model.codeError(), "resetCodeError"), next);
    }

    private Node passwordStep() {
        Label explain = Forms.wrapping(new Label("Enter a new password. Confirm the new password. Click Finish."));
        SecurePasswordField chosen = new SecurePasswordField(model.newPassword());
        chosen.setId("newPassword");
        SecurePasswordField again = new SecurePasswordField(model.confirmPassword());
        again.setId("confirmPassword");
        Button finish = primary("Finish", "finishReset");
        finish.setOnAction(e -> model.finish());
        Hyperlink back = new Hyperlink("Back to the code");
        back.setId("backToCode");
        back.setOnAction(e -> model.backToCode());
        return step(Step.NEW_PASSWORD, finish, chosen, explain, Forms.fieldLabel("New password"), chosen,
                Forms.fieldError(model.newPasswordError(), "newPasswordError"),
                Forms.fieldLabel("Confirm the new password"), again,
                Forms.fieldError(model.confirmPasswordError(), "confirmPasswordError"), finish, back);
    }

    private Node doneStep() {
        Label done = Forms.wrapping(new Label(model.doneText()));
        done.setId("resetDone");
        done.getStyleClass().add("form-confirmation");
        Button ok = primary("OK", "resetOk");
        ok.setOnAction(e -> model.backToLogin());
        return step(Step.DONE, ok, ok, done, ok);
    }

    private Button primary(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.ACCENT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.disableProperty().bind(model.busy());
        return button;
    }

    /** A step: shown only at its time, its button the default (Enter), its first field focused when it shows. */
    private Node step(Step at, Button defaultButton, Node firstFocus, Node... children) {
        VBox box = new VBox(6, children);
        box.setAlignment(Pos.TOP_LEFT);
        ObservableBooleanValue shown = model.step().isEqualTo(at);
        box.visibleProperty().bind(shown);
        box.managedProperty().bind(box.visibleProperty());
        defaultButton.defaultButtonProperty().bind(box.visibleProperty());
        HBox.setHgrow(defaultButton, Priority.ALWAYS);
        box.visibleProperty().addListener((obs, was, now) -> {
            if (now) {
                firstFocus.requestFocus();
            }
        });
        box.sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null && box.isVisible()) {
                javafx.application.Platform.runLater(firstFocus::requestFocus);
            }
        });
        return box;
    }
}
