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
 * Not a test (surefire's default pattern does not pick it up): the line items, actions, New action (a variation
 * with a field over its limit), and an action's history with Reply open, at 1366x768 and 1024x640. Run with
 * {@code mvn -o test -Dtest=ActionsScreenshots -Dshots=/work/notes/shots}.
 */
@ExtendWith(ApplicationExtension.class)
class ActionsScreenshots {

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
        PortalClient client = server.newClient();
        runner = WorkerTaskRunner.forJavaFx();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        UiContext context = new UiContext(client, runner, server.clock(), ZoneId.of("Europe/London"),
                "demo portal on this computer", null, new SavedData(home, new CacheKey(1_000)), () -> { }, () -> { });
        window = new DeskWindow(context, url -> { });
        Scene scene = new Scene(window.root(), 1200, 700);
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
        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#password").write(DemoUsers.PASSWORD);
        robot.clickOn("#submit");
        waitUntil(() -> robot.lookup("#code").match(org.testfx.util.NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#code").write(server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
        robot.clickOn("#finish");
        waitUntil(() -> robot.lookup("#syncStatus").tryQuery()
                .map(n -> ((javafx.scene.control.Label) n).getText().startsWith("Last synced")).orElse(false));
        both(robot, "home-pending-actions");
        robot.clickOn("#navLineItems");
        both(robot, "line-items");
        robot.clickOn("#navActions");
        both(robot, "actions");
        robot.interact(() -> robot.lookup("#newAction").queryButton().fire());
        robot.interact(() -> {
            robot.lookup("#actionType").<org.providerdesk.domain.ActionType>queryComboBox()
                    .setValue(org.providerdesk.domain.ActionType.VARIATION);
            robot.lookup("#contractedHours").queryAs(javafx.scene.control.TextField.class).setText("20");
            robot.lookup("#actualHours").queryAs(javafx.scene.control.TextField.class).setText("23");
            robot.lookup("#reason").queryAs(javafx.scene.control.TextArea.class).setText("Informal carer ill");
            robot.lookup("#extraValue").queryAs(javafx.scene.control.TextField.class).setText("180");
        });
        both(robot, "new-action-variation");
        robot.interact(() -> robot.lookup("#cancelAction").queryButton().fire());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.TableView<Object> table = robot.lookup("#actionsTable")
                    .queryAs(javafx.scene.control.TableView.class);
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.type(javafx.scene.input.KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#reply").queryButton().fire());
        both(robot, "action-detail-reply");
    }

    private void both(FxRobot robot, String name) throws Exception {
        shoot(robot, name, 1366, 768);
        shoot(robot, name, 1024, 640);
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
