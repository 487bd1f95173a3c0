package org.providerdesk.ui.schedules;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.providerdesk.ui.common.Forms;

/** Home care: the hours delivered per client and line, each field with its check right below it. */
final class ActualsPane {

    private ActualsPane() {
    }

    static Node build(ActualsModel model) {
        TableView<ActualsModel.Entry> table = new TableView<>(model.entries());
        table.setId("actualsTable");
        // Columns at their own widths: a narrow window shows a sideways scrollbar (a constrained table hid it and
        // cut the last columns off); names and services wrap onto more lines rather than end in "...".
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getColumns().add(LineTables.wrapped(LineTables.text("Client", ActualsModel.Entry::client, 200)));
        table.getColumns().add(LineTables.wrapped(LineTables.text("Service", ActualsModel.Entry::service, 140)));
        // The field comes before the figures, so that it stays in view when a narrow window scrolls sideways.
        TableColumn<ActualsModel.Entry, ActualsModel.Entry> hours = new TableColumn<>("Actual hours delivered");
        hours.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        hours.setCellFactory(column -> new HoursCell(model));
        hours.setPrefWidth(240);
        hours.setSortable(false);
        table.getColumns().add(hours);
        table.getColumns().add(LineTables.text("Contracted provision", ActualsModel.Entry::provision, 160));
        table.getColumns().add(LineTables.text("Rate", ActualsModel.Entry::rate, 90));
        table.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth())); // scroll, never cut
        table.setPlaceholder(new Label("No lines in this period."));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label notOffered = Forms.collapsingLabel(model.notOffered(), "section-caption");
        notOffered.setId("actualsNotOffered");
        Label message = Forms.collapsingLabel(model.message(), "section-caption");
        message.setId("actualsMessage");
        Label changed = Forms.collapsingLabel(model.changed(), "field-error");
        changed.setId("actualsChanged");
        Button submit = new Button("Submit actual hours");
        submit.setId("submitActuals");
        submit.getStyleClass().add(Styles.ACCENT);
        submit.setOnAction(event -> model.submit());
        submit.visibleProperty().bind(model.offered());
        submit.managedProperty().bind(submit.visibleProperty());
        Label intro = Forms.wrapping(new Label("Enter the hours actually delivered in the period for each client and "
                + "line. Hours over the contracted provision can be entered; those lines are suspended until a "
                + "variation is agreed."));
        VBox pane = new VBox(8, intro, changed, table, notOffered, message, submit);
        pane.setPadding(new Insets(8));
        return pane;
    }

    /** A field bound to its entry's hours, with the entry's error or warning below it. */
    private static final class HoursCell extends TableCell<ActualsModel.Entry, ActualsModel.Entry> {
        private final TextField field = new TextField();
        private final Label error = new Label();
        private final Label warning = new Label();
        private final VBox box = new VBox(2, field, error, warning);
        private final ActualsModel model;
        private ActualsModel.Entry bound;

        HoursCell(ActualsModel model) {
            this.model = model;
            field.setPromptText("Hours, such as 12.25");
            error.getStyleClass().add("field-error");
            warning.getStyleClass().add(Styles.WARNING);
            for (Label label : new Label[] {error, warning}) {
                Forms.wrapping(label);
                label.managedProperty().bind(label.visibleProperty());
            }
            field.setOnAction(event -> model.submit());
        }

        @Override
        protected void updateItem(ActualsModel.Entry item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound.hours());
                error.textProperty().unbind();
                warning.textProperty().unbind();
                error.visibleProperty().unbind();
                warning.visibleProperty().unbind();
                bound = null;
            }
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            bound = item;
            field.setId("hours-" + item.lineItemId());
            field.textProperty().bindBidirectional(item.hours());
            field.disableProperty().bind(model.offered().not());
            error.textProperty().bind(item.error());
            error.visibleProperty().bind(item.error().isNotEmpty());
            warning.textProperty().bind(item.warning());
            warning.visibleProperty().bind(item.warning().isNotEmpty());
            setGraphic(box);
        }
    }
}
