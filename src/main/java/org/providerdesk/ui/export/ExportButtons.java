package org.providerdesk.ui.export;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.providerdesk.ui.common.Forms;

/**
 * The guide's "View" and "Download Data" buttons, with a progress bar and Cancel while an export runs and a line
 * saying what was saved. Binds only; {@link ExportViewModel} does the work.
 */
public final class ExportButtons {

    private static final double MESSAGE_WIDTH = 520;

    private ExportButtons() {
    }

    /** @param idPrefix such as "remittance": the buttons get the ids "remittanceView" and "remittanceDownload" */
    public static HBox of(ExportViewModel model, String idPrefix) {
        Button view = new Button("View");
        view.setId(idPrefix + "View");
        view.setTooltip(new Tooltip("Open as a PDF document in your PDF viewer"));
        view.setOnAction(e -> model.view());
        Button download = new Button("Download Data");
        download.setId(idPrefix + "Download");
        download.setTooltip(new Tooltip("Save as an Excel workbook or a CSV file"));
        download.setOnAction(e -> model.download());
        view.disableProperty().bind(model.running());
        view.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        download.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        download.disableProperty().bind(model.running());

        ProgressBar bar = new ProgressBar();
        bar.setId(idPrefix + "Progress");
        bar.setPrefWidth(140);
        bar.progressProperty().bind(model.progress());
        bar.setAccessibleText("Export progress");
        Button cancel = new Button("Cancel");
        cancel.setId(idPrefix + "Cancel");
        cancel.setOnAction(e -> model.cancel());
        for (var node : new Node[] {bar, cancel}) {
            node.visibleProperty().bind(model.running());
            node.managedProperty().bind(model.running());
        }
        Label message = Forms.collapsingLabel(model.message(), "hint");
        message.setId(idPrefix + "ExportMessage");
        message.setWrapText(true);
        // wraps at this width beside the buttons, instead of widening the row past the window (a file's path is long)
        message.setMaxWidth(MESSAGE_WIDTH);
        returnFocusAfterRun(model.running(), view, download);
        HBox box = new HBox(8, view, download, bar, cancel, message);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("export-buttons");
        return box;
    }

    /**
     * A focused button that is disabled while its export runs passes the keyboard focus on to the next control
     * (the table's filter, say), where the next key press would go. When the export ends, the focus returns to
     * the button that started it, unless the user has moved it on since.
     */
    private static void returnFocusAfterRun(ObservableBooleanValue running, Button... buttons) {
        Button[] started = {null};
        Node[] handedTo = {null};
        ChangeListener<Node> firstMove = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Node> focus, Node before, Node now) {
                if (now != null) {
                    handedTo[0] = now;
                    focus.removeListener(this);
                }
            }
        };
        for (Button button : buttons) {
            button.addEventFilter(ActionEvent.ACTION, e -> started[0] = button.isFocused() ? button : null);
        }
        running.addListener((observed, was, now) -> {
            Button button = started[0];
            if (button == null || button.getScene() == null) {
                return;
            }
            var focusOwner = button.getScene().focusOwnerProperty();
            if (now) {
                // disabling the button may already have moved the focus on; if not, the first move is that one
                handedTo[0] = focusOwner.get();
                if (handedTo[0] == button || handedTo[0] == null) {
                    focusOwner.addListener(firstMove);
                }
                return;
            }
            focusOwner.removeListener(firstMove);
            if (focusOwner.get() == handedTo[0] || focusOwner.get() == null) {
                button.requestFocus();
            }
            started[0] = null;
        });
    }
}
