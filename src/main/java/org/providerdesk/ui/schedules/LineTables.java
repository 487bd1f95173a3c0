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
import org.providerdesk.ui.common.WrappingCells;

/** The tables of the page: virtualised, sortable by any column, numbers on the right. */
public final class LineTables {

    /** Narrowest the client column gets: two lines of a long name and reference. */
    private static final double CLIENT_MIN = 150;
    /** Below this the longest names and references of the demo and portal data take two lines. */
    private static final double ONE_LINE_CLIENT = 250;

    private LineTables() {
    }

    /** A table of lines (the Payments tab's, or the Non-payable tab's with why each is suspended). */
    public static TableView<LineRow> lines(String id, SortedList<LineRow> rows, boolean suspended) {
        TableView<LineRow> table = new TableView<>(rows);
        table.setId(id);
        rows.comparatorProperty().bind(table.comparatorProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LineRow, String> client = wrapped(text("Client", LineRow::client, 260));
        table.getColumns().add(client);
        TableColumn<LineRow, String> service = wrapped(text("Service", row -> row.line().service(), 130));
        service.setMinWidth(100); // "Nursing care" on two lines: the room goes to the client's name
        table.getColumns().add(service);
        if (suspended) {
            table.getColumns().add(number("Amount", row -> row.line().amount(), true));
            TableColumn<LineRow, String> why = wrapped(text("Why suspended", LineRow::whySuspended, 250));
            why.setMinWidth(150);
            table.getColumns().add(why);
        } else {
            table.getColumns().add(number("Units", row -> row.line().units(), false));
            table.getColumns().add(number("Rate", row -> row.line().unitRate(), true));
            table.getColumns().add(number("Amount", row -> row.line().amount(), true));
        }
        // The smallest widths add up to less than the table's width in a 1024 px window, so the columns always
        // fit it and Amount stays in view (a constrained table shows no sideways scrollbar); names and services
        // wrap onto a second line instead.
        client.setMinWidth(CLIENT_MIN);
        if (!suspended) {
            // Rows of one fixed height: rows are not measured one by one, which was much of the layout of a period
            // of 1,500 lines. Two lines tall only while the client column is too narrow for a name and reference
            // on one line. The Non-payable table's reasons may wrap: its rows are measured.
            client.widthProperty().addListener((seen, was, now) -> fixRowHeight(table, now.doubleValue()));
            fixRowHeight(table, client.getWidth());
        }
        table.setPlaceholder(new Label(suspended ? "No suspended lines in this period."
                : "No lines to show. Choose a period, or clear the filter."));
        return table;
    }

    private static void fixRowHeight(TableView<LineRow> table, double clientWidth) {
        table.setStyle(clientWidth > 0 && clientWidth < ONE_LINE_CLIENT ? "-fx-fixed-cell-size: 4.0em;"
                : "-fx-fixed-cell-size: 2.8em;");
    }

    /** Its words wrap at the column's width (the row grows, or is two lines tall in the payments table). */
    static <T> TableColumn<T, String> wrapped(TableColumn<T, String> column) {
        WrappingCells.textCells(column);
        column.setMinWidth(110);
        return column;
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
        column.setMinWidth(money ? 90 : 50); // "£12,345.67" and "123.25" in full
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
