package org.providerdesk.ui.actions;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.providerdesk.ui.common.Forms;
import org.providerdesk.ui.common.KeyboardFocus;
import org.providerdesk.ui.common.WrappingCells;

/** The actions list: New action, "Open Actions Only", and a table; Enter or a double click opens an action. */
public final class ActionsView {

    private final ActionsViewModel model;
    private final Consumer<ActionRow> open;
    private final Runnable newAction;

    public ActionsView(ActionsViewModel model, Consumer<ActionRow> open, Runnable newAction) {
        this.model = model;
        this.open = open;
        this.newAction = newAction;
    }

    public Parent build() {
        Label heading = new Label("Actions and change requests");
        heading.getStyleClass().add("section-title");
        Button create = new Button("New action");
        create.setId("newAction");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> newAction.run());
        CheckBox openOnly = new CheckBox("Open Actions Only");
        openOnly.setId("openActionsOnly");
        openOnly.selectedProperty().bindBidirectional(model.openOnly());
        // the guide: "untick the Open Actions Only tick box and select the View button" (the tick also applies at once)
        Button view = new Button("View");
        view.setId("viewActions");
        view.setOnAction(e -> model.refresh());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        heading.setMinWidth(Region.USE_PREF_SIZE);
        openOnly.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(heading, gap, openOnly, view, create);
        bar.getStyleClass().add("toolbar-row");
        Label error = Forms.collapsingLabel(model.error(), "form-message");

        TableView<ActionRow> table = new TableView<>(model.rows());
        table.setId("actionsTable");
        table.setPlaceholder(new Label("No actions to show. Untick \"Open Actions Only\" to see closed ones."));
        // The columns share the width and their words wrap onto a second line, so that nothing is cut with "..."
        // at 1024 pixels; no column is narrower than its longest word.
        table.getColumns().add(column("New", 60, row -> row.unread() ? "New reply" : "", "action-unread"));
        table.getColumns().add(column("Type", 95, ActionRow::type, null));
        table.getColumns().add(column("Title", 200, ActionRow::title, null));
        table.getColumns().add(column("Client", 160, ActionRow::client, null));
        table.getColumns().add(column("Assigned to", 150, ActionRow::team, null));
        table.getColumns().add(column("Status", 100, ActionRow::status, null));
        table.getColumns().add(column("Raised", 85, ActionRow::raised, null));
        table.getColumns().add(column("Due", 85, ActionRow::due, null));
        // the least widths hold the longest word of each column ("Overdue" in bold, "Contract", "2026")
        double[] least = {55, 80, 110, 100, 100, 95, 70, 70};
        for (int i = 0; i < least.length; i++) {
            table.getColumns().get(i).setMinWidth(least[i]);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        KeyboardFocus.selectFirstRowOnFocus(table);
        table.setRowFactory(t -> {
            TableRow<ActionRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ActionRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                open.accept(selected);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label("Double-click an action, or select it and press Enter, to see its history and reply.");
        hint.getStyleClass().add("section-caption");
        VBox page = new VBox(bar, error, table, hint);
        page.getStyleClass().add("list-page");
        page.setAlignment(Pos.TOP_LEFT);
        return page;
    }

    /** A text column; {@code style} is added to cells with text (the unread and overdue marks). */
    private static TableColumn<ActionRow, String> column(String title, double width, Function<ActionRow, String> text,
            String style) {
        TableColumn<ActionRow, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            {
                WrappingCells.wrap(this, column);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                getStyleClass().removeAll("action-overdue", "action-unread", "pending-tag");
                ActionRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row == null || item == null || item.isEmpty()) {
                    return;
                }
                if (style != null) {
                    getStyleClass().add(style);
                } else if ("Status".equals(title) && row.overdue()) {
                    getStyleClass().add("action-overdue");
                } else if ("Status".equals(title) && row.isPending()) {
                    getStyleClass().add("pending-tag");
                }
            }
        });
        return column;
    }
}
