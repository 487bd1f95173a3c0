package org.providerdesk.ui.common;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Keyboard use that JavaFX leaves awkward: Tab out of a text box of several lines, focus that follows the user to
 * the page they moved to, and a table whose first arrow key press would skip its first row.
 */
public final class KeyboardFocus {

    private KeyboardFocus() {
    }

    /**
     * Tab and Shift+Tab move on from every text box of several lines under {@code root}, as from any other field,
     * instead of typing a tab character into it (which traps a keyboard user in the Comments or Text box).
     */
    public static void tabLeavesTextAreas(Node root) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown() && !event.isAltDown()
                    && !event.isMetaDown() && event.getTarget() instanceof TextArea area) {
                event.consume();
                // Ctrl+Tab is JavaFX's own "move on" in a text area; the filter lets it through
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, event.isShiftDown(), true,
                        false, false));
            }
        });
    }

    /**
     * After a move to another page: the first control of the page takes the keyboard focus, unless the user is
     * moving through {@code stayIn} (the navigation, with the arrow keys).
     */
    public static void intoPage(Parent page, Node stayIn) {
        Platform.runLater(() -> {
            Scene scene = page.getScene();
            if (scene == null) {
                return;
            }
            Node owner = scene.getFocusOwner();
            if (owner != null && (isInside(owner, page) || isInside(owner, stayIn))) {
                return;
            }
            // a page shown for the first time gets its skins (a scroll pane's content) now
            page.applyCss();
            page.layout();
            firstFocusable(page).ifPresent(Node::requestFocus);
        });
    }

    /** The first control in {@code root}, in the order Tab would visit them, that can take the focus now. */
    public static Optional<Node> firstFocusable(Parent root) {
        for (Node child : root.getChildrenUnmodifiable()) {
            // (not the managed flag: a scroll pane holds its content in an unmanaged view)
            if (!child.isVisible() || child.isDisabled()) {
                continue;
            }
            if (child.isFocusTraversable()) {
                return Optional.of(child);
            }
            if (child instanceof Parent parent) {
                Optional<Node> found = firstFocusable(parent);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A table reached with the keyboard selects its first row if none is selected, so that Enter acts on the row
     * the user sees marked and the first Down key goes to the second row, not past the first.
     */
    public static void selectFirstRowOnFocus(TableView<?> table) {
        table.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                table.getSelectionModel().selectFirst();
                table.getFocusModel().focus(0);
            }
        });
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node at = node; at != null && ancestor != null; at = at.getParent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }
}
