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
 * Not a test (surefire's default pattern does not pick it up): pictures of the login, forgotten password, previous password and log out screens at a 1366x768
 * laptop's window and at the minimum window, for people to look at. Run with
 * {@code mvn -o test -Dtest=LoginScreenshots -Dshots=/work/notes/shots}.
 */
@ExtendWith(ApplicationExtension.class)
class LoginScreenshots {

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
        // a cache made with the password Helen had before it was changed on another computer, two changes waiting
        SavedData saved = new SavedData(home, new CacheKey(1_000));
        try (org.providerdesk.client.cache.LocalCache cache = saved.open(DemoUsers.SINGLE_HOME_MANAGER,
                "previous password".toCharArray())) {
            org.providerdesk.client.cache.Outbox outbox = new org.providerdesk.client.cache.Outbox(cache);
            outbox.enqueue(new org.providerdesk.client.cache.Outbox.Command(1, "Raise action: Hospital admission",
                    "raiseAction", "{}"), Instant.parse("2026-11-26T15:42:00Z"));
            outbox.enqueue(new org.providerdesk.client.cache.Outbox.Command(1, "Reply to action 12", "replyToAction",
                    "{}"), Instant.parse("2026-11-26T16:05:00Z"));
        }
        robot.interact(() -> window.showLogin("You have logged out."));
        waitUntil(() -> robot.lookup("#downtimeBanner").query().isVisible());
        robot.interact(() -> robot.lookup("#forgottenPassword").query().requestFocus());
        shoot(robot, "login-logged-out", 1366, 768);
        shoot(robot, "login-logged-out", 1024, 640);

        robot.interact(() -> robot.lookup("#email").queryAs(javafx.scene.control.TextField.class)
                .setText(DemoUsers.SINGLE_HOME_MANAGER));
        robot.interact(() -> robot.lookup("#forgottenPassword").queryAs(javafx.scene.control.Hyperlink.class).fire());
        waitUntil(() -> robot.lookup("#sendCode").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#sendCode").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#resetCode").query().getParent().isVisible());
        shoot(robot, "forgotten-code", 1366, 768);
        shoot(robot, "forgotten-code", 1024, 640);
        String code = org.providerdesk.ui.login.LoginViewModel.codeIn(org.providerdesk.testing.DemoInbox.await(server,
                DemoUsers.SINGLE_HOME_MANAGER, "Reset your Provider Portal password"));
        robot.interact(() -> {
            robot.lookup("#resetCode").queryAs(javafx.scene.control.TextField.class).setText(code);
            robot.lookup("#next").queryAs(Button.class).fire();
        });
        robot.interact(() -> {
            robot.lookup("#newPassword").queryAs(javafx.scene.control.TextField.class).setText("Heather-Lantern-26");
            robot.lookup("#confirmPassword").queryAs(javafx.scene.control.TextField.class).setText("Heather-Lantern");
            robot.lookup("#finishReset").queryAs(Button.class).fire();
        });
        waitUntil(() -> !robot.lookup("#confirmPasswordError").queryAs(javafx.scene.control.Label.class).getText()
                .isEmpty());
        shoot(robot, "forgotten-new-password", 1366, 768);
        shoot(robot, "forgotten-new-password", 1024, 640);
        robot.interact(() -> {
            robot.lookup("#confirmPassword").queryAs(javafx.scene.control.TextField.class).setText("Heather-Lantern-26");
            robot.lookup("#finishReset").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup("#resetDone").query().getParent().isVisible());
        shoot(robot, "forgotten-done", 1366, 768);
        shoot(robot, "forgotten-done", 1024, 640);
        robot.interact(() -> robot.lookup("#resetOk").queryAs(Button.class).fire());

        waitUntil(() -> robot.lookup("#email").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#email").queryAs(javafx.scene.control.TextField.class).setText(DemoUsers.SINGLE_HOME_MANAGER);
            robot.lookup("#password").queryAs(javafx.scene.control.TextField.class).setText("Heather-Lantern-26");
            robot.lookup("#submit").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup("#code").query().getParent().isVisible());
        robot.interact(() -> {
            robot.lookup("#code").queryAs(javafx.scene.control.TextField.class)
                    .setText(server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
            robot.lookup("#finish").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup("#previousPassword").tryQuery().isPresent());
        shoot(robot, "previous-password", 1366, 768);
        shoot(robot, "previous-password", 1024, 640);
        robot.interact(() -> robot.lookup("#doNotKnowIt").queryAs(Button.class).fire());
        waitUntil(() -> robot.lookup("#startAfresh").query().getParent().getParent().isVisible());
        shoot(robot, "previous-password-loss", 1366, 768);
        shoot(robot, "previous-password-loss", 1024, 640);
        robot.interact(() -> robot.lookup("#back").queryAs(Button.class).fire());
        robot.interact(() -> {
            robot.lookup("#previousPassword").queryAs(javafx.scene.control.TextField.class).setText("previous password");
            robot.lookup("#usePrevious").queryAs(Button.class).fire();
        });
        waitUntil(() -> robot.lookup("#logOut").tryQuery().isPresent());
        javafx.application.Platform.runLater(() -> robot.lookup("#logOut")
                .queryAs(javafx.scene.control.SplitMenuButton.class).getItems().get(0).fire());
        waitUntil(() -> robot.listWindows().size() > 1);
        for (int width : new int[] {1366, 1024}) {
            robot.interact(() -> {
                stage.setWidth(width);
                stage.setHeight(width == 1366 ? 768 : 640);
            });
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300);
            javafx.stage.Window dialog = robot.listWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
            WritableImage[] image = new WritableImage[2];
            robot.interact(() -> {
                image[0] = stage.getScene().snapshot(null);
                image[1] = dialog.getScene().snapshot(null);
            });
            File folder = new File(System.getProperty("shots", "target/shots"));
            folder.mkdirs();
            ImageIO.write(SwingFXUtils.fromFXImage(image[1], null), "png", new File(folder, "logout-remove-" + width
                    + ".png"));
        }
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != stage).findFirst()
                .ifPresent(javafx.stage.Window::hide));
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
