package org.providerdesk.ui.login;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.providerdesk.ui.common.Forms;
import org.providerdesk.ui.common.SecurePasswordField;
import org.providerdesk.ui.login.LoginViewModel.Step;

/** The login card: e-mail and password, then the code. Binds to {@link LoginViewModel}; holds no rules. */
public final class LoginView {

    private static final double CARD_WIDTH = 460;

    private final LoginViewModel model;
    private final DemoAccounts demoAccounts;

    /** @param demoAccounts accounts to offer on a demo server, or null */
    public LoginView(LoginViewModel model, DemoAccounts demoAccounts) {
        this.model = model;
        this.demoAccounts = demoAccounts;
    }

    public Parent build() {
        Label brand = new Label("Provider Desk");
        brand.getStyleClass().add("brand");
        Label council = new Label();
        council.getStyleClass().add(Styles.TEXT_MUTED);
        council.textProperty().bind(Bindings.when(model.councilName().isEmpty()).then("Provider Portal")
                .otherwise(Bindings.concat("Provider Portal · ", model.councilName())));

        Label message = Forms.collapsingLabel(model.message(), "form-message");
        message.setId("message");
        message.setMaxWidth(Double.MAX_VALUE);
        model.messageIsInformation().addListener((obs, was, info) -> styleMessage(message, info));
        styleMessage(message, model.messageIsInformation().get());
        // the downtime notice arrives after the form is on screen: below the form, so the fields do not move
        VBox card = new VBox(brand, council, message, credentialsStep(), codeStep(), downtimeBanner(),
                demoInboxLink(), demoHint());
        card.getStyleClass().add("login-card");
        ScrollPane scroll = Forms.topCard(card, CARD_WIDTH);
        // a new step or message starts at the top of the card, where the message and the first field are
        model.step().addListener((obs, was, now) -> scroll.setVvalue(0));
        model.message().addListener((obs, was, now) -> scroll.setVvalue(0));
        return scroll;
    }

    private static void styleMessage(Label message, boolean information) {
        message.getStyleClass().removeAll("form-message", "form-info");
        message.getStyleClass().add(information ? "form-info" : "form-message");
    }

    private Node downtimeBanner() {
        Label title = new Label();
        title.getStyleClass().add("notice-title");
        title.textProperty().bind(model.downtimeTitle());
        Forms.wrapping(title);
        Label text = Forms.wrapping(new Label());
        text.textProperty().bind(model.downtimeText());
        VBox banner = new VBox(title, text);
        banner.getStyleClass().add("notice");
        banner.setId("downtimeBanner");
        model.downtimeInForce().addListener((obs, was, now) -> styleBanner(banner, now));
        styleBanner(banner, model.downtimeInForce().get());
        banner.visibleProperty().bind(model.downtimeTitle().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    private static void styleBanner(VBox banner, boolean inForce) {
        banner.getStyleClass().removeAll("notice-downtime-now", "notice-downtime-planned");
        banner.getStyleClass().add(inForce ? "notice-downtime-now" : "notice-downtime-planned");
    }

    private Node credentialsStep() {
        TextField email = new TextField();
        email.setId("email");
        email.setPromptText("name@example.org");
        email.textProperty().bindBidirectional(model.email());
        SecurePasswordField password = new SecurePasswordField(model.password());
        password.setId("password");
        Button submit = primaryButton("Submit", "submit");
        submit.setOnAction(e -> model.submit());

        Hyperlink forgotten = new Hyperlink("Forgotten password");
        forgotten.setId("forgottenPassword");
        forgotten.setOnAction(e -> model.forgottenPassword());

        Button openSaved = new Button("Open the data saved on this computer");
        openSaved.setId("openSavedData");
        openSaved.getStyleClass().add(Styles.BUTTON_OUTLINED);
        openSaved.setMaxWidth(Double.MAX_VALUE);
        openSaved.disableProperty().bind(model.busy());
        openSaved.setOnAction(e -> model.openSavedData());
        openSaved.visibleProperty().bind(model.savedDataAvailable());
        openSaved.managedProperty().bind(openSaved.visibleProperty());

        VBox step = new VBox(6,
                Forms.fieldLabel("E-mail address"), email, Forms.fieldError(model.emailError(), "emailError"),
                Forms.fieldLabel("Password"), password, Forms.fieldError(model.passwordError(), "passwordError"),
                withProgress(submit), openSaved, forgotten);
        showOnlyAt(step, Step.CREDENTIALS);
        submit.defaultButtonProperty().bind(step.visibleProperty());
        step.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                email.requestFocus();
            }
        });
        return step;
    }

    private Node codeStep() {
        Label sent = Forms.wrapping(new Label());
        sent.textProperty().bind(Bindings.concat("An authentication code has been e-mailed to ", model.codeSentTo(),
                ". Enter the code from the e-mail in the Code box and select Finish."));
        TextField code = new TextField();
        code.setId("code");
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
        Button finish = primaryButton("Finish", "finish");
        finish.setOnAction(e -> model.finish());
        Hyperlink startAgain = new Hyperlink("Start again");
        startAgain.setId("startAgain");
        startAgain.setOnAction(e -> model.startAgain());

        VBox step = new VBox(6, sent, Forms.fieldLabel("Code"), code, Forms.fieldError(model.codeError(), "codeError"),
                withProgress(finish), startAgain);
        showOnlyAt(step, Step.CODE);
        finish.defaultButtonProperty().bind(step.visibleProperty());
        step.visibleProperty().addListener((obs, was, shown) -> {
            if (shown) {
                code.requestFocus();
            }
        });
        return step;
    }

    private Node withProgress(Button button) {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.visibleProperty().bind(model.busy());
        progress.managedProperty().bind(progress.visibleProperty());
        HBox row = new HBox(10, button, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(button, Priority.ALWAYS);
        row.setPadding(new Insets(8, 0, 0, 0));
        return row;
    }

    private Button primaryButton(String text, String id) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add(Styles.ACCENT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.disableProperty().bind(model.busy());
        return button;
    }

    private void showOnlyAt(Node node, Step step) {
        node.visibleProperty().bind(model.step().isEqualTo(step));
        node.managedProperty().bind(node.visibleProperty());
    }

    private Node demoInboxLink() {
        Hyperlink link = new Hyperlink("Demo inbox");
        link.setId("demoInbox");
        link.setOnAction(e -> model.loadDemoInbox(mails -> new DemoInboxDialog(mails, model.code()::set).showAndFill()));
        link.visibleProperty().bind(model.demoInbox());
        link.managedProperty().bind(link.visibleProperty());
        return link;
    }

    private Node demoHint() {
        VBox hint = new VBox();
        hint.getStyleClass().add("hint");
        if (demoAccounts == null) {
            hint.setVisible(false);
            hint.setManaged(false);
            return hint;
        }
        Label intro = new Label("This is a demo portal with invented care homes. Choose an account to try "
                + "(password " + demoAccounts.password() + "); the code arrives in the Demo inbox.");
        Forms.wrapping(intro);
        hint.getChildren().add(intro);
        for (DemoAccounts.Account account : demoAccounts.accounts()) {
            Hyperlink use = new Hyperlink(account.email() + " – " + account.description());
            use.setWrapText(true);
            use.setMinHeight(Region.USE_PREF_SIZE);
            use.setOnAction(e -> model.useDemoAccount(account.email(), demoAccounts.password()));
            hint.getChildren().add(use);
        }
        showOnlyAt(hint, Step.CREDENTIALS);
        return hint;
    }
}
