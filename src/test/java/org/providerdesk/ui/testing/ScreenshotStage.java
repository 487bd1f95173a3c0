package org.providerdesk.ui.testing;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.DeskWindow;
import org.providerdesk.ui.UiContext;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.providerdesk.ui.login.DemoAccounts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real desktop window at its login screen, on the real server, in TestFX's stage, for a screenshot driver:
 * a {@code @RegisterExtension static} field of the driver starts the server before TestFX's setup (not on the
 * JavaFX thread inside {@code @Start}, which a loaded machine makes miss TestFX's setup time-out), the driver's
 * {@code @Start} calls {@link #show}, and all is closed after the driver. Pictures go to the folder named by
 * {@code -Dshots=DIR} (default {@code target/shots}) as {@code <name>-<width>.png}; a wait that times out leaves
 * what the window showed in {@code target/shots-timeout.png}.
 */
public final class ScreenshotStage implements BeforeAllCallback, AfterAllCallback {

    /** Friday 27 November 2026, 09:00 UTC: the demo's downtime is planned for the coming weekend (its banner shows). */
    public static final Instant FRIDAY_BEFORE_DOWNTIME = Instant.parse("2026-11-27T09:00:00Z");

    private final Instant now;
    private final boolean demoAccounts;
    private TestServer server;
    private WorkerTaskRunner runner;
    private DeskWindow window;
    private Stage stage;

    private ScreenshotStage(Instant now, boolean demoAccounts) {
        this.now = now;
        this.demoAccounts = demoAccounts;
    }

    /**
     * @param now          the server's clock, e.g. {@link #FRIDAY_BEFORE_DOWNTIME} or {@link TestServer#MONDAY_MORNING}
     * @param demoAccounts true for the login screen's list of demo accounts, as the desktop's demo mode shows it
     */
    public static ScreenshotStage at(Instant now, boolean demoAccounts) {
        return new ScreenshotStage(now, demoAccounts);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        // Building the window alone can take more than TestFX's 10 seconds on a machine shared by many builds
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(TimeUnit.SECONDS.toMillis(90));
        server = TestServer.start();
        server.clock().set(now);
    }

    /**
     * Shows the window's login screen on TestFX's stage (call from {@code @Start}).
     *
     * @param home the folder of the saved data (the driver's {@code @TempDir})
     */
    public void show(Stage stage, Path home) {
        this.stage = stage;
        runner = WorkerTaskRunner.forJavaFx();
        DeskWindow.useTheme();
        UiContext context = new UiContext(server.newClient(), runner, server.clock(), ZoneId.of("Europe/London"),
                "demo portal on this computer", demoAccounts ? demoAccounts() : null,
                new SavedData(home, new CacheKey(1_000)), () -> { }, () -> { });
        window = new DeskWindow(context, url -> { });
        Scene scene = new Scene(window.root(), 1366, 768);
        DeskWindow.style(scene);
        stage.setScene(scene);
        window.showLogin(null);
        stage.show();
    }

    private static DemoAccounts demoAccounts() {
        return new DemoAccounts(List.of(
                new DemoAccounts.Account(DemoUsers.SINGLE_HOME_MANAGER, "manager of one care home"),
                new DemoAccounts.Account(DemoUsers.GROUP_ADMINISTRATOR, "administrator of three services")),
                DemoUsers.PASSWORD);
    }

    public TestServer server() {
        return server;
    }

    public DeskWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    /** The window at a 1366x768 laptop's size and at the minimum window (1024x640). */
    public void shootBoth(FxRobot robot, String name) throws Exception {
        shoot(robot, name, 1366, 768);
        shoot(robot, name, 1024, 640);
    }

    /** The window at this size, as {@code <name>-<width>.png}. */
    public void shoot(FxRobot robot, String name, int width, int height) throws Exception {
        resize(robot, width, height);
        WaitForAsyncUtils.waitForFxEvents();
        write(robot, stage, name + "-" + width);
    }

    /** The one dialog open over the window, with the window at this size, as {@code <name>-<width>.png}. */
    public void shootDialog(FxRobot robot, String name, int width, int height) throws Exception {
        resize(robot, width, height);
        Window dialog = robot.listWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
        write(robot, dialog, name + "-" + width);
    }

    /** Waits up to 20 seconds; on a time-out the window as it was is left in {@code target/shots-timeout.png}. */
    public void waitUntil(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            WritableImage[] image = new WritableImage[1];
            WaitForAsyncUtils.asyncFx(() -> image[0] = stage.getScene().snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File("target/shots-timeout.png"));
            throw e;
        }
    }

    private void resize(FxRobot robot, int width, int height) throws InterruptedException {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // the layout that follows a resize takes more than one pulse
    }

    /** The window as it is now, as {@code <file>.png} in {@code -Dshots} (target/shots otherwise). */
    public static void write(FxRobot robot, Window window, String file) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = window.getScene().snapshot(null));
        File folder = new File(System.getProperty("shots", "target/shots"));
        folder.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(folder, file + ".png"));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        WaitForAsyncUtils.waitForFxEvents();
        if (window != null) {
            window.close();
            runner.close();
        }
        server.close();
    }
}
