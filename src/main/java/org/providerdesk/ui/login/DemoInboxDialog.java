package org.providerdesk.ui.login;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.providerdesk.api.DemoMail;

/** Shows the demo mailbox; "Use this code" copies the code of the chosen e-mail into the Code box. */
final class DemoInboxDialog {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final List<DemoMail> mails;
    private final LoginViewModel model;

    DemoInboxDialog(List<DemoMail> mails, LoginViewModel model) {
        this.mails = mails;
        this.model = model;
    }

    void showAndFill() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle("Demo inbox");
        dialog.setHeaderText("E-mails the demo portal would have sent, newest first");
        ListView<DemoMail> list = new ListView<>();
        list.getItems().setAll(mails);
        list.setPrefHeight(160);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DemoMail mail, boolean empty) {
                super.updateItem(mail, empty);
                setText(empty || mail == null ? null
                        : SENT.format(mail.sentAt().atZone(ZoneId.systemDefault())) + "  " + mail.to() + "  ·  "
                                + mail.subject());
            }
        });
        TextArea body = new TextArea();
        body.setEditable(false);
        body.setWrapText(true);
        body.setPrefRowCount(9);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, mail) ->
                body.setText(mail == null ? "" : mail.body()));
        Label empty = new Label("No e-mails yet. Submit your e-mail address and password first.");
        empty.setVisible(mails.isEmpty());
        empty.setManaged(mails.isEmpty());
        dialog.getDialogPane().setContent(new VBox(10, empty, list, body));
        dialog.getDialogPane().setPrefWidth(620);
        ButtonType useCode = new ButtonType("Use this code", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(useCode, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(useCode).disableProperty().bind(
                list.getSelectionModel().selectedItemProperty().isNull());
        if (!mails.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        dialog.showAndWait()
                .filter(useCode::equals)
                .ifPresent(chosen -> model.code().set(LoginViewModel.codeIn(list.getSelectionModel().getSelectedItem())));
    }
}
