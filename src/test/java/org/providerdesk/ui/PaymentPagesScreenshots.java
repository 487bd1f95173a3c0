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
 * {@code mvn -o test -Dtest=PaymentPagesScreenshots -Dshots=/work/notes/shots}.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentPagesScreenshots {

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
        robot.interact(() -> {
            robot.lookup("#email").queryAs(javafx.scene.control.TextField.class).setText(DemoUsers.SINGLE_HOME_MANAGER);
            robot.lookup("#password").queryAs(javafx.scene.control.PasswordField.class).setText(DemoUsers.PASSWORD);
            robot.lookup("#submit").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup("#code").query().getParent().isVisible());
        robot.interact(() -> {
            robot.lookup("#code").queryAs(javafx.scene.control.TextField.class)
                    .setText(server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
            robot.lookup("#finish").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup("#syncStatus").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("Last synced")).orElse(false));
        robot.interact(() -> robot.lookup("#navRemittances").queryAs(javafx.scene.control.ToggleButton.class).fire());
        robot.interact(() -> robot.lookup("#navHome").queryAs(javafx.scene.control.ToggleButton.class).fire());
        waitUntil(() -> robot.lookup("#needsYou").tryQuery().map(n -> !((VBox) n).getChildren().isEmpty())
                .orElse(false));
        shoot(robot, "home", 1366, 768);
        shoot(robot, "home", 1024, 640);
        robot.interact(() -> robot.lookup("#navRemittances").queryAs(javafx.scene.control.ToggleButton.class).fire());
        waitUntil(() -> !robot.lookup("#remittanceLines").queryAs(javafx.scene.control.TableView.class).getItems()
                .isEmpty());
        shoot(robot, "remittances-finalisation", 1366, 768);
        shoot(robot, "remittances-finalisation", 1024, 640);
        robot.interact(() -> robot.lookup("#remittanceByPeriod").queryAs(javafx.scene.control.RadioButton.class)
                .fire());
        Thread.sleep(500);
        shoot(robot, "remittances-period", 1366, 768);
        shoot(robot, "remittances-period", 1024, 640);
        robot.interact(() -> robot.lookup("#navOrganisation").queryAs(javafx.scene.control.ToggleButton.class).fire());
        Thread.sleep(300);
        shoot(robot, "organisation", 1366, 768);
        shoot(robot, "organisation", 1024, 640);
        robot.interact(() -> robot.lookup("#navContacts").queryAs(javafx.scene.control.ToggleButton.class).fire());
        Thread.sleep(300);
        shoot(robot, "contacts-page", 1366, 768);
        shoot(robot, "contacts-page", 1024, 640);
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
