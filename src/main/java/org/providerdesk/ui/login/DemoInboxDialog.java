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
public final class DemoInboxDialog {

    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK);

    private final List<DemoMail> mails;
    private final java.util.function.Consumer<String> useCode;

    /** @param useCode takes the code of the chosen e-mail (into the login's or the password reset's Code box) */
    DemoInboxDialog(List<DemoMail> mails, java.util.function.Consumer<String> useCode) {
        this.mails = mails;
        this.useCode = useCode;
    }

    /** Shows the mailbox; "Use this code" hands the chosen e-mail's code to {@code useCode}. */
    public static void show(List<DemoMail> mails, java.util.function.Consumer<String> useCode) {
        new DemoInboxDialog(mails, useCode).showAndFill();
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
        ButtonType useThisCode = new ButtonType("Use this code", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(useThisCode, ButtonType.CLOSE);
        dialog.getDialogPane().lookupButton(useThisCode).disableProperty().bind(
                list.getSelectionModel().selectedItemProperty().isNull());
        if (!mails.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        dialog.showAndWait()
                .filter(useThisCode::equals)
                .ifPresent(chosen -> useCode.accept(LoginViewModel.codeIn(list.getSelectionModel().getSelectedItem())));
    }
}
