package org.providerdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.DemoInbox;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.providerdesk.ui.login.LoginViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guide's "Resetting your password", through the login screen, with the keyboard, against the real server. */
@ExtendWith(ApplicationExtension.class)
class ForgottenPasswordFlowTest {

    private static final String NEW_PASSWORD = "Heather-Lantern-Orchard-2026";
    @TempDir
    static Path home;
    private TestServer server;
    private PortalClient client;
    private WorkerTaskRunner background;
    private DeskWindow window;

    @Start
    void start(Stage stage) {
        server = TestServer.start();
        client = server.newClient();
        background = WorkerTaskRunner.forJavaFx();
        DeskWindow.useTheme();
        UiContext context = new UiContext(client, background, server.clock(), ZoneId.of("Europe/London"),
                "test portal", null, new SavedData(home, new CacheKey(1_000)), () -> { }, () -> { });
        window = new DeskWindow(context, url -> { });
        Scene scene = new Scene(window.root(), 1024, 640);
        DeskWindow.style(scene);
        stage.setScene(scene);
        window.showLogin(null);
        stage.show();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForFxEvents();
        window.close();
        background.close();
        server.close();
    }

    @Test
    void aUserResetsTheirPasswordFromTheLoginScreenAndLogsInWithTheNewOne(FxRobot robot) throws TimeoutException {
        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#forgottenPassword");
        waitUntil(() -> shown(robot, "#resetEmail"));
        assertEquals(DemoUsers.SINGLE_HOME_MANAGER,
                robot.lookup("#resetEmail").queryAs(javafx.scene.control.TextField.class).getText());

        robot.type(KeyCode.ENTER); // Send the code
        waitUntil(() -> shown(robot, "#resetCode"));
        String code = LoginViewModel.codeIn(DemoInbox.await(server, DemoUsers.SINGLE_HOME_MANAGER,
                "Reset your Provider Portal password"));
        robot.clickOn("#resetCode").write(code);
        robot.type(KeyCode.ENTER); // Next
        waitUntil(() -> shown(robot, "#newPassword"));

        robot.clickOn("#newPassword").write(NEW_PASSWORD);
        robot.clickOn("#confirmPassword").write("not the same");
        robot.type(KeyCode.ENTER); // Finish, refused beside the field
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> !robot.lookup("#confirmPasswordError").queryAs(Label.class).getText().isEmpty());
        assertEquals("The two new passwords are not the same.",
                robot.lookup("#confirmPasswordError").queryAs(Label.class).getText());
        robot.interact(() -> robot.lookup("#confirmPassword").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#confirmPassword").write(NEW_PASSWORD);
        robot.type(KeyCode.ENTER); // Finish
        waitUntil(() -> shown(robot, "#resetDone"));
        assertTrue(robot.lookup("#resetDone").queryAs(Label.class).getText().startsWith("Your password has been reset"));

        robot.type(KeyCode.ENTER); // OK
        waitUntil(() -> shown(robot, "#email"));

        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#password").write(DemoUsers.PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> !robot.lookup("#passwordError").queryAs(Label.class).getText().isEmpty()
                || !robot.lookup("#message").queryAs(Label.class).getText().isEmpty());
        assertFalse(shown(robot, "#code"), "the old password no longer logs in");

        robot.interact(() -> robot.lookup("#password").queryAs(javafx.scene.control.TextField.class).clear());
        robot.clickOn("#password").write(NEW_PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> shown(robot, "#code"));
    }

    private static boolean shown(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(node -> node.isVisible() && node.getScene() != null
                && node.getParent() != null && node.getParent().isVisible()).orElse(false);
    }

    private static void waitUntil(BooleanSupplier condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
