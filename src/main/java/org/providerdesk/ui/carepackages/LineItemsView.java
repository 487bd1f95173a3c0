package org.providerdesk.ui.carepackages;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.providerdesk.ui.common.Forms;
import org.providerdesk.ui.common.KeyboardFocus;
import org.providerdesk.ui.common.WrappingCells;

/** The line items table with its filter, "Include historical" and a "Submit action" button on each row. */
public final class LineItemsView {

    private final LineItemsViewModel model;
    private final Consumer<LineItemsViewModel.Row> submitAction;
    private final Node exportButtons;

    public LineItemsView(LineItemsViewModel model, Consumer<LineItemsViewModel.Row> submitAction) {
        this(model, submitAction, null);
    }

    /** @param exportButtons "View" and "Download Data" of the line items shown; null for none */
    public LineItemsView(LineItemsViewModel model, Consumer<LineItemsViewModel.Row> submitAction,
            Node exportButtons) {
        this.model = model;
        this.submitAction = submitAction;
        this.exportButtons = exportButtons;
    }

    public Parent build() {
        Label heading = new Label("Care package line items");
        heading.getStyleClass().add("section-title");
        TextField filter = new TextField();
        filter.setId("lineItemsFilter");
        filter.setPromptText("Filter by client name, reference or service");
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(model.filter());
        CheckBox historical = new CheckBox("Include historical");
        historical.setId("includeHistorical");
        historical.selectedProperty().bindBidirectional(model.includeHistorical());
        heading.setMinWidth(Region.USE_PREF_SIZE);
        historical.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(220);
        HBox.setHgrow(filter, Priority.SOMETIMES);
        // The tools wrap under the heading on a narrow window instead of cutting its words.
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(12, 8, heading, filter, historical);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        if (exportButtons != null) {
            bar.getChildren().add(exportButtons);
        }
        bar.getStyleClass().add("toolbar-row");

        Label shown = new Label();
        shown.setMinWidth(Region.USE_PREF_SIZE);
        shown.setId("lineItemsShown");
        shown.textProperty().bind(model.shownNote());
        shown.getStyleClass().add("section-caption");
        Label hidden = Forms.collapsingLabel(model.hiddenNote(), "section-caption");
        hidden.setId("historicalHidden");
        Label error = Forms.collapsingLabel(model.error(), "form-message");

        TableView<LineItemsViewModel.Row> table = new TableView<>(model.rows());
        table.setId("lineItemsTable");
        model.rows().comparatorProperty().bind(table.comparatorProperty());
        table.setPlaceholder(new Label("No line items match."));
        // Submit action comes first, so that it stays in view when a narrow window scrolls the table sideways.
        table.getColumns().add(submitColumn());
        table.getColumns().add(text("Client", 235, LineItemsViewModel.Row::client, null));
        table.getColumns().add(text("Service", 150, LineItemsViewModel.Row::service, null));
        table.getColumns().add(text("Start date", 115, LineItemsViewModel.Row::start,
                Comparator.comparing((LineItemsViewModel.Row r) -> r.item().startDate())));
        table.getColumns().add(text("End date", 115, LineItemsViewModel.Row::end,
                Comparator.comparing((LineItemsViewModel.Row r) -> r.item().endDate(),
                        Comparator.nullsLast(Comparator.naturalOrder()))));
        table.getColumns().add(text("Units and frequency", 190, LineItemsViewModel.Row::units, null));
        table.getColumns().add(text("Unit rate", 100, LineItemsViewModel.Row::rate,
                Comparator.comparing((LineItemsViewModel.Row r) -> r.item().unitRate())));
        table.getColumns().add(text("Contracted per period", 150, LineItemsViewModel.Row::perPeriod,
                Comparator.comparing((LineItemsViewModel.Row r) -> r.item().contractedPerPeriod())));
        // Columns keep their widths and the table scrolls sideways on a narrow window, rather than cutting words.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        KeyboardFocus.selectFirstRowOnFocus(table);
        table.setOnKeyPressed(e -> {
            LineItemsViewModel.Row selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                submitAction.accept(selected);
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        Label hint = new Label("Select a line item and press Enter, or use its Submit action button, to raise an "
                + "action about it.");
        hint.getStyleClass().add("section-caption");
        VBox page = new VBox(bar, new HBox(12, shown, hidden), error, table, hint);
        page.getStyleClass().add("list-page");
        return page;
    }

    private TableColumn<LineItemsViewModel.Row, LineItemsViewModel.Row> submitColumn() {
        TableColumn<LineItemsViewModel.Row, LineItemsViewModel.Row> column = new TableColumn<>("");
        column.setSortable(false);
        column.setPrefWidth(120);
        column.setMinWidth(120);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Button button = new Button("Submit action");

            {
                button.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
                button.setOnAction(e -> submitAction.accept(getItem()));
            }

            @Override
            protected void updateItem(LineItemsViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : button);
                if (item != null) {
                    button.setId("submitAction-" + item.item().id());
                }
            }
        });
        return column;
    }

    /** A column showing words but sorting by {@code order} (dates and money by value), else by the words. */
    private static TableColumn<LineItemsViewModel.Row, LineItemsViewModel.Row> text(String title, double width,
            Function<LineItemsViewModel.Row, String> text, Comparator<LineItemsViewModel.Row> order) {
        TableColumn<LineItemsViewModel.Row, LineItemsViewModel.Row> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(order != null ? order : Comparator.comparing(text, String.CASE_INSENSITIVE_ORDER));
        column.setCellFactory(c -> new TableCell<>() {
            {
                // a name longer than its column goes onto a second line rather than being cut with "..."
                WrappingCells.wrap(this, column);
            }

            @Override
            protected void updateItem(LineItemsViewModel.Row item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
        return column;
    }
}
