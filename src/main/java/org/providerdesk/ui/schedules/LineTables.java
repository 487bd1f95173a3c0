package org.providerdesk.ui.schedules;

import java.math.BigDecimal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.providerdesk.api.PeriodView;

/** The tables of the page: virtualised, sortable by any column, numbers on the right. */
public final class LineTables {

    private LineTables() {
    }

    /** A table of lines (the Payments tab's, or the Non-payable tab's with why each is suspended). */
    public static TableView<LineRow> lines(String id, SortedList<LineRow> rows, boolean suspended) {
        TableView<LineRow> table = new TableView<>(rows);
        table.setId(id);
        rows.comparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Client", LineRow::client, 200));
        table.getColumns().add(text("Service", row -> row.line().service(), 130));
        if (suspended) {
            table.getColumns().add(number("Amount", row -> row.line().amount(), true));
            TableColumn<LineRow, String> why = text("Why suspended", LineRow::whySuspended, 250);
            why.setCellFactory(c -> wrappingCell());
            table.getColumns().add(why);
        } else {
            table.getColumns().add(number("Units", row -> row.line().units(), false));
            table.getColumns().add(number("Rate", row -> row.line().unitRate(), true));
            table.getColumns().add(number("Amount", row -> row.line().amount(), true));
        }
        // Never narrower than their words: on a small window the table scrolls sideways instead of cutting names.
        table.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth()));
        if (!suspended) {
            // One line of text per row: rows of the theme's height (2.8em) are not measured one by one, which was
            // much of the layout of a period of 1,500 lines. The Non-payable table's reasons may wrap.
            table.setStyle("-fx-fixed-cell-size: 2.8em;");
        }
        table.setPlaceholder(new Label(suspended ? "No suspended lines in this period."
                : "No lines to show. Choose a period, or clear the filter."));
        return table;
    }

    static TableView<PeriodView> calendar(javafx.collections.ObservableList<PeriodView> periods) {
        TableView<PeriodView> table = new TableView<>(periods);
        table.setId("periodCalendar");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(text("Period", period -> Integer.toString(period.number()), 60));
        table.getColumns().add(text("Start", period -> Words.shortDay(period.startDate()), 105));
        table.getColumns().add(text("End", period -> Words.shortDay(period.endDate()), 105));
        table.getColumns().add(text("Confirmation deadline", period -> Words.shortDay(period.confirmationDeadline()),
                165));
        table.getColumns().add(text("Payment date", period -> Words.shortDay(period.paymentDate()), 110));
        table.getColumns().forEach(column -> column.setMinWidth(column.getPrefWidth())); // scroll, never cut a date
        table.setPlaceholder(new Label("No periods published for this year."));
        return table;
    }

    private static TableCell<LineRow, String> wrappingCell() {
        TableCell<LineRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.setWrapText(true);
        return cell;
    }

    static <T> TableColumn<T, String> text(String title, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<LineRow, BigDecimal> number(String title, Function<LineRow, BigDecimal> value,
            boolean money) {
        TableColumn<LineRow, BigDecimal> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(money ? 100 : 60);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : money ? Words.money(item) : Words.number(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        return column;
    }
}
