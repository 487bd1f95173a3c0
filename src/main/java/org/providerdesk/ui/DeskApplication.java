package org.providerdesk.ui;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The JavaFX application. Started by {@code app.Main} through {@link #launch(UiContext)}. */
public final class DeskApplication extends Application {

    /**
     * Set this system property to print the time to the login window and quit (the start-up benchmark): "true"
     * quits once the portal has answered too; "window" quits as soon as the window is shown, without starting an
     * embedded portal (the packaging build records the classes a start-up loads this way).
     */
    public static final String STARTUP_PROBE = "providerdesk.startupProbe";
    static final String PROBE_UNTIL_WINDOW = "window";

    static final double PREFERRED_WIDTH = 1280;
    static final double PREFERRED_HEIGHT = 760;
    /** The smallest window that shows every screen without cutting anything. */
    public static final double MIN_WIDTH = 1024;
    public static final double MIN_HEIGHT = 640;
    /** Room for the title bar and borders the OS adds around the scene. */
    private static final double TITLE_BAR = 40;
    private static final double SIDES = 16;

    private static volatile UiContext context;
    private DeskWindow window;

    public static void launch(UiContext uiContext) {
        context = uiContext;
        Application.launch(DeskApplication.class);
    }

    @Override
    public void start(Stage stage) {
        DeskWindow.useTheme();
        window = new DeskWindow(context, url -> getHostServices().showDocument(url));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window.root(), sceneSize(screen.getWidth(), PREFERRED_WIDTH, SIDES),
                sceneSize(screen.getHeight(), PREFERRED_HEIGHT, TITLE_BAR));
        DeskWindow.style(scene);
        stage.setTitle("Provider Desk");
        stage.setMinWidth(Math.min(MIN_WIDTH, screen.getWidth()));
        stage.setMinHeight(Math.min(MIN_HEIGHT, screen.getHeight()));
        stage.setScene(scene);
        window.showLogin(null);
        String probeMode = System.getProperty(STARTUP_PROBE, "false");
        boolean untilWindow = probeMode.equals(PROBE_UNTIL_WINDOW);
        boolean probe = untilWindow || Boolean.parseBoolean(probeMode);
        if (probe && !untilWindow) {
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
            if (untilWindow) {
                Platform.exit();
                return;
            }
            context.afterWindowShown().run();
        });
        stage.show();
    }

    /**
     * The window's inside on a screen of this size (without the taskbar): as preferred when it fits, else the
     * screen less the window's frame, so that a 1366x768 laptop shows it whole.
     */
    static double sceneSize(double screen, double preferred, double frame) {
        return Math.max(Math.min(preferred, screen - frame), Math.min(preferred, 320));
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
