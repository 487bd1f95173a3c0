package org.providerdesk.bench;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The floor of start-up: a JavaFX window with one label, nothing else. Prints when shown, then quits. */
public final class BareJavaFxWindow extends Application {

    /** The main class, which must not extend Application when JavaFX is on the class path. */
    public static final class Launcher {
        private Launcher() {
        }

        public static void main(String[] args) {
            Application.launch(BareJavaFxWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("Hello")), 1200, 780));
        stage.setOnShown(e -> Platform.runLater(() -> {
            System.out.println("STARTUP window-shown");
            Platform.exit();
        }));
        stage.show();
    }
}
