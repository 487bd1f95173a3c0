package org.providerdesk.ui.contacts;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.providerdesk.api.ContactView;
import org.providerdesk.ui.common.Forms;

/** Contacts listed on the left; the chosen one's details on the right. */
public final class ContactsView {

    private final ContactsViewModel model;
    private final Consumer<String> openLink;

    /** @param openLink opens a mailto address in the user's mail program */
    public ContactsView(ContactsViewModel model, Consumer<String> openLink) {
        this.model = model;
        this.openLink = openLink;
    }

    public Parent build() {
        Label heading = new Label("Contacts");
        heading.getStyleClass().add("section-title");
        Label note = Forms.wrapping(new Label(ContactsViewModel.NOTE));
        note.getStyleClass().add("section-caption");
        Label empty = Forms.collapsingLabel(model.empty(), "hint");
        Label error = Forms.collapsingLabel(model.error(), "form-message");

        ListView<ContactView> list = new ListView<>(model.contacts());
        list.setId("contactList");
        list.setAccessibleText("Contacts");
        list.setPrefWidth(260);
        list.setMinWidth(200);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(ContactView item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(emptyCell || item == null ? null
                        : item.name() + (item.jobTitle() == null ? "" : "\n" + item.jobTitle()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.chosen().set(now);
            }
        });
        model.chosen().addListener((obs, old, now) -> {
            if (now != null && list.getSelectionModel().getSelectedItem() != now) {
                list.getSelectionModel().select(now);
            }
        });

        if (model.chosen().get() != null) {
            list.getSelectionModel().select(model.chosen().get());
        }
        VBox details = new VBox(12);
        details.setId("contactDetails");
        details.getStyleClass().add("contact-details");
        details.setPadding(new Insets(4, 0, 0, 8));
        HBox.setHgrow(details, Priority.ALWAYS);
        model.chosen().addListener((obs, old, now) -> fill(details, now));
        fill(details, model.chosen().get());

        HBox body = new HBox(20, list, details);
        VBox.setVgrow(body, Priority.ALWAYS);
        VBox page = new VBox(heading, note, empty, error, body);
        page.getStyleClass().add("page");
        page.setStyle("-fx-spacing: 14;");
        return page;
    }

    private void fill(VBox details, ContactView contact) {
        details.getChildren().clear();
        if (contact == null) {
            return;
        }
        Label name = new Label(contact.name());
        name.setId("contactName");
        name.getStyleClass().add("section-title");
        name.setWrapText(true);
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("Job title"), value(ContactsViewModel.orNone(contact.jobTitle())));
        if (contact.email() != null && !contact.email().isBlank()) {
            Hyperlink email = new Hyperlink(contact.email());
            email.setId("contactEmail");
            email.setOnAction(e -> openLink.accept("mailto:" + contact.email()));
            grid.addRow(row++, label("E-mail"), email);
        } else {
            grid.addRow(row++, label("E-mail"), value("Not held"));
        }
        grid.addRow(row++, label("Telephone"), value(ContactsViewModel.orNone(contact.phone())));
        TextField access = value(ContactsViewModel.portalAccess(contact));
        access.setId("contactAccess");
        grid.addRow(row, label("Portal access"), access);
        details.getChildren().addAll(name, grid);
    }

    private static javafx.scene.control.Label label(String text) {
        javafx.scene.control.Label label = Forms.fieldLabel(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField value(String text) {
        TextField field = new TextField(text);
        field.setEditable(false);
        field.setPrefColumnCount(28);
        return field;
    }
}
