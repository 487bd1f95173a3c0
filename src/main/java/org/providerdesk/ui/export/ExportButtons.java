package org.providerdesk.ui.export;

import javafx.geometry.Pos;
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
        for (var node : new javafx.scene.Node[] {bar, cancel}) {
            node.visibleProperty().bind(model.running());
            node.managedProperty().bind(model.running());
        }
        Label message = Forms.collapsingLabel(model.message(), "hint");
        message.setId(idPrefix + "ExportMessage");
        message.setWrapText(true);
        // wraps at this width beside the buttons, instead of widening the row past the window (a file's path is long)
        message.setMaxWidth(MESSAGE_WIDTH);
        HBox box = new HBox(8, view, download, bar, cancel, message);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("export-buttons");
        return box;
    }
}
