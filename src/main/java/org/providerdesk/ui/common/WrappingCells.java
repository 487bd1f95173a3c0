package org.providerdesk.ui.common;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * Table cells whose words wrap at their column's width, the row growing to fit, instead of being cut with "..."
 * on a narrow window. The cell keeps its text (for tests and screen readers); the wrapped copy takes its font and
 * colour, so the overdue and unread styles still apply.
 */
public final class WrappingCells {

    /** Room for the cell's padding on either side. */
    private static final double PADDING = 16;

    private WrappingCells() {
    }

    /** Call once, in the cell's constructor; then set the cell's text as usual in {@code updateItem}. */
    public static void wrap(TableCell<?, ?> cell, TableColumn<?, ?> column) {
        Text shown = new Text();
        shown.getStyleClass().add("wrapped-cell-text");
        shown.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
        shown.textProperty().bind(cell.textProperty());
        shown.fillProperty().bind(cell.textFillProperty());
        shown.fontProperty().bind(cell.fontProperty());
        cell.setGraphic(shown);
        cell.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    }

    /** Gives a column of plain text cells that wrap ({@link #wrap}): for columns that need nothing more. */
    public static <T> void textCells(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            {
                wrap(this, column);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
    }
}
