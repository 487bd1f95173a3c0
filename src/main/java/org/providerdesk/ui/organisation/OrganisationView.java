package org.providerdesk.ui.organisation;

import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.providerdesk.ui.common.Forms;

/**
 * The organisation details, read-only. Values are non-editable text fields so they can be selected and copied
 * and are reached with Tab.
 */
public final class OrganisationView {

    private final OrganisationViewModel model;

    public OrganisationView(OrganisationViewModel model) {
        this.model = model;
    }

    public Parent build() {
        Label heading = new Label("Organisation details");
        heading.getStyleClass().add("section-title");
        Label note = Forms.wrapping(new Label(OrganisationViewModel.NOTE));
        note.setId("organisationNote");
        note.getStyleClass().add("hint");
        Label empty = Forms.collapsingLabel(model.empty(), "hint");
        Label error = Forms.collapsingLabel(model.error(), "form-message");
        GridPane grid = new GridPane();
        grid.setId("organisationDetails");
        grid.setHgap(16);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(150);
        ColumnConstraints values = new ColumnConstraints();
        values.setHgrow(Priority.ALWAYS);
        values.setMaxWidth(560);
        grid.getColumnConstraints().addAll(labels, values);
        model.fields().addListener((ListChangeListener<OrganisationViewModel.Field>) change -> fill(grid));
        fill(grid);
        VBox page = new VBox(heading, note, empty, error, grid);
        page.getStyleClass().add("page");
        page.setStyle("-fx-spacing: 14;");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (OrganisationViewModel.Field field : model.fields()) {
            Label label = Forms.fieldLabel(field.label());
            TextField value = new TextField(field.value());
            value.setEditable(false);
            value.setId("organisation-" + row);
            value.getStyleClass().add("read-only-value");
            value.setAccessibleText(field.label() + ": " + field.value());
            label.setLabelFor(value);
            grid.addRow(row++, label, value);
        }
    }
}
