package org.providerdesk.ui;

import atlantafx.base.theme.PrimerLight;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.providerdesk.ui.login.DemoAccounts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test (surefire's default pattern does not pick it up): pictures of the real screens at a 1366x768
 * laptop's window and at the minimum window, for people to look at. Run with
 * {@code mvn -o test -Dtest=ShellScreenshots -Dshots=/work/notes/shots}.
 */
@ExtendWith(ApplicationExtension.class)
class ShellScreenshots {

    @TempDir
    static Path home;
    private TestServer server;
    private WorkerTaskRunner runner;
    private DeskWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        server = TestServer.start();
        server.clock().set(Instant.parse("2026-11-27T09:00:00Z")); // downtime is planned for the weekend
        PortalClient client = server.newClient();
        runner = WorkerTaskRunner.forJavaFx();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext context = new UiContext(client, runner, server.clock(), ZoneId.of("Europe/London"),
                "demo portal on this computer", new DemoAccounts(java.util.List.of(
                        new DemoAccounts.Account(DemoUsers.SINGLE_HOME_MANAGER, "manager of one care home"),
                        new DemoAccounts.Account(DemoUsers.GROUP_ADMINISTRATOR, "administrator of three services")),
                        DemoUsers.PASSWORD), new SavedData(home, new CacheKey(1_000)), () -> { }, () -> { });
        window = new DeskWindow(context, url -> { });
        Scene scene = new Scene(window.root(), 1366, 700);
        DeskWindow.style(scene);
        stage.setScene(scene);
        window.showLogin(null);
        stage.show();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForFxEvents();
        window.close();
        runner.close();
        server.close();
    }

    @Test
    void takePictures(FxRobot robot) throws Exception {
        robot.clickOn("#email").write(DemoUsers.GROUP_ADMINISTRATOR);
        robot.clickOn("#password").write("not the password at all");
        robot.clickOn("#submit");
        waitUntil(() -> robot.lookup("#message").query().isVisible());
        shoot(robot, "login", 1366, 700);
        shoot(robot, "login", 1024, 640);

        robot.interact(() -> {
            robot.lookup("#password").queryAs(javafx.scene.control.TextField.class).setText(DemoUsers.PASSWORD);
            robot.lookup("#submit").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup("#code").query().getParent().isVisible());
        robot.interact(() -> {
            robot.lookup("#code").queryAs(javafx.scene.control.TextField.class)
                    .setText(server.latestCodeFor(DemoUsers.GROUP_ADMINISTRATOR));
            robot.lookup("#finish").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup(".provider-choice").queryAll().size() == 3);
        shoot(robot, "providers", 1024, 640);
        robot.interact(() -> robot.lookup(".provider-choice").queryAllAs(Button.class).iterator().next().fire());
        waitUntil(() -> robot.lookup("#notices").tryQuery().map(n -> !((VBox) n).getChildren().isEmpty())
                .orElse(false));
        waitUntil(() -> robot.lookup("#syncStatus").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("Last synced")).orElse(false));
        shoot(robot, "shell", 1366, 700);
        shoot(robot, "shell", 1024, 640);
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        shoot(robot, "contacts", 1024, 640);
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(0));
        robot.clickOn("#navOutbox");
        shoot(robot, "outbox", 1024, 640);
    }

    private void shoot(FxRobot robot, String name, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        File folder = new File(System.getProperty("shots", "target/shots"));
        folder.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png",
                new File(folder, name + "-" + width + ".png"));
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            WritableImage[] image = new WritableImage[1];
            WaitForAsyncUtils.asyncFx(() -> image[0] = stage.getScene().snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File("target/shots-timeout.png"));
            throw e;
        }
    }
}
