package org.providerdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application. Started by {@code app.Main} through {@link #launch(UiContext)}. */
public final class DeskApplication extends Application {

    /** Set this system property to print the time to the login window and quit (the start-up benchmark). */
    public static final String STARTUP_PROBE = "providerdesk.startupProbe";

    private static volatile UiContext context;
    private DeskWindow window;

    public static void launch(UiContext uiContext) {
        context = uiContext;
        Application.launch(DeskApplication.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        window = new DeskWindow(context, url -> getHostServices().showDocument(url));
        Scene scene = new Scene(window.root(), 1200, 780);
        DeskWindow.style(scene);
        stage.setTitle("Provider Desk");
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        stage.setScene(scene);
        window.showLogin(null);
        boolean probe = Boolean.getBoolean(STARTUP_PROBE);
        if (probe) {
            context.client().onConnectionChange(state -> {
                if (state.reachable()) {
                    System.out.println("STARTUP portal-answered " + sinceJvmStart() + " ms after JVM start");
                    Platform.exit();
                }
            });
        }
        stage.setOnShown(e -> {
            if (probe) {
                System.out.println("STARTUP login-window-shown " + sinceJvmStart() + " ms after JVM start");
            }
            context.afterWindowShown().run();
        });
        stage.show();
    }

    private static long sinceJvmStart() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        context.onExit().run();
    }
}
