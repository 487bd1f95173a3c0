package org.providerdesk.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} as JavaFX dialogs over the app's window. Call it on the JavaFX thread. */
public final class FxDialogService implements DialogService {

    public static final String COPY_DETAILS = "Copy diagnostic details";

    private final Supplier<Window> owner;
    private final Diagnostics diagnostics;

    /** @param owner the window the dialogs belong to; may supply null */
    public FxDialogService(Supplier<Window> owner, Diagnostics diagnostics) {
        this.owner = owner;
        this.diagnostics = diagnostics;
    }

    @Override
    public boolean confirm(Confirmation confirmation) {
        ButtonType doIt = new ButtonType(confirmation.doIt(), ButtonBar.ButtonData.OK_DONE);
        ButtonType keep = new ButtonType(confirmation.keep(), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, confirmation.title(), confirmation.question(), doIt, keep);
        ((Button) alert.getDialogPane().lookupButton(doIt)).setDefaultButton(!confirmation.destructive());
        ((Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(confirmation.destructive());
        return alert.showAndWait().filter(doIt::equals).isPresent();
    }

    @Override
    public void tell(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message, ButtonType.OK).showAndWait();
    }

    @Override
    public void error(String title, String message, Throwable failure) {
        ButtonType copy = new ButtonType(COPY_DETAILS, ButtonBar.ButtonData.LEFT);
        Alert alert = alert(Alert.AlertType.ERROR, title, message, ButtonType.CLOSE, copy);
        String details = diagnostics.report(failure);
        TextArea area = new TextArea(details);
        area.setEditable(false);
        area.setWrapText(false);
        area.setPrefRowCount(10);
        area.setAccessibleText("Diagnostic details");
        alert.getDialogPane().setExpandableContent(new VBox(6,
                new Label("These details help support find the fault. They contain no names or other data."),
                area));
        Button copyButton = (Button) alert.getDialogPane().lookupButton(copy);
        copyButton.addEventFilter(ActionEvent.ACTION, event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(details);
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText("Copied");
            event.consume(); // keeps the dialog open
        });
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToSave(SaveFile request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.setInitialFileName(request.suggestedName());
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(request.kind(), "*." + request.extension()));
        for (FileType type : request.otherTypes()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(type.kind(), "*." + type.extension()));
        }
        if (request.folder() != null && request.folder().toFile().isDirectory()) {
            chooser.setInitialDirectory(request.folder().toFile());
        }
        File file = chooser.showSaveDialog(owner.get());
        if (file == null) {
            return Optional.empty();
        }
        // a name typed without an extension takes the one of the type chosen in the dialog
        FileChooser.ExtensionFilter chosen = chooser.getSelectedExtensionFilter();
        String name = file.getName();
        if (chosen != null && !name.contains(".")) {
            file = new File(file.getParentFile(), name + chosen.getExtensions().get(0).substring(1));
        }
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(File::toPath);
    }

    private Alert alert(Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        Window window = owner.get();
        if (window != null) {
            alert.initOwner(window);
        }
        return alert;
    }
}
