package org.providerdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The whole way in and out through the real screens, against the real server, headless. */
@ExtendWith(ApplicationExtension.class)
class LoginToHomeFlowTest {

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
        Scene scene = new Scene(window.root(), 1200, 780);
        DeskWindow.style(scene);
        stage.setScene(scene);
        window.showLogin(null);
        stage.show();
    }

    @AfterEach
    void stop() throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        window.close();
        background.close();
        server.close();
    }

    @Test
    void groupAdministratorLogsInChoosesAProviderSwitchesAndLogsOut(FxRobot robot) throws TimeoutException {
        robot.clickOn("#email").write(DemoUsers.GROUP_ADMINISTRATOR);
        robot.clickOn("#password").write(DemoUsers.PASSWORD);
        robot.clickOn("#submit");
        waitUntil(() -> robot.lookup("#code").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());

        robot.clickOn("#code").write(server.latestCodeFor(DemoUsers.GROUP_ADMINISTRATOR));
        robot.clickOn("#finish");
        waitUntil(() -> robot.lookup(".provider-choice").queryAll().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn(providerButton(robot, "Oakleaf Court Nursing Home"));
        waitUntil(() -> robot.lookup("#currentProvider").tryQuery().isPresent());
        assertEquals("Oakleaf Court Nursing Home", robot.lookup("#currentProvider").queryAs(Label.class).getText());
        waitUntil(() -> !robot.lookup("#notices").queryAs(VBox.class).getChildren().isEmpty());
        assertTrue(robot.lookup("#teamDirectory").queryAs(GridPane.class).getChildren().stream()
                .anyMatch(node -> node instanceof Label label && "ASC Brokerage Team".equals(label.getText())));

        ComboBox<ProviderSummary> switcher = robot.lookup("#providerSwitcher").queryComboBox();
        ProviderSummary homeCare = switcher.getItems().stream()
                .filter(provider -> provider.name().equals("Oakleaf Home Care")).findFirst().orElseThrow();
        robot.interact(() -> switcher.setValue(homeCare));
        assertEquals("Oakleaf Home Care", robot.lookup("#currentProvider").queryAs(Label.class).getText());

        robot.clickOn("#logOut");
        waitUntil(() -> robot.lookup("#email").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals("You have logged out.", robot.lookup("#message").queryAs(Label.class).getText());
        assertTrue(!client.isSignedIn());
    }

    @Test
    void aUserWithOneCareHomeGoesStraightToItsHomePage(FxRobot robot) throws TimeoutException {
        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#password").write(DemoUsers.PASSWORD);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#code").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#code").write(server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
        robot.type(javafx.scene.input.KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#currentProvider").tryQuery().isPresent());
        assertEquals("Rosewood Lodge Care Home", robot.lookup("#currentProvider").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#providerSwitcher").tryQuery().isEmpty());
    }

    @Test
    void withThePortalDownAUserOpensTheirSavedDataWithTheirPassword(FxRobot robot) throws TimeoutException {
        logInAsHelen(robot);
        waitUntil(() -> robot.lookup("#syncStatus").tryQuery()
                .map(node -> ((Label) node).getText().startsWith("Last synced")).orElse(false));
        waitUntil(() -> robot.lookup("#notices").tryQuery()
                .map(node -> !((VBox) node).getChildren().isEmpty()).orElse(false));
        robot.clickOn("#logOut");
        waitUntil(() -> robot.lookup("#email").tryQuery().map(Node::isVisible).orElse(false));
        server.stop();

        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#password").write(DemoUsers.PASSWORD);
        robot.clickOn("#submit");
        waitUntil(() -> robot.lookup("#openSavedData").query().isVisible());
        robot.clickOn("#openSavedData");

        waitUntil(() -> robot.lookup("#currentProvider").tryQuery().isPresent());
        assertEquals("Rosewood Lodge Care Home", robot.lookup("#currentProvider").queryAs(Label.class).getText());
        waitUntil(() -> robot.lookup("#connectionStatus").tryQuery()
                .map(node -> ((Label) node).getText().startsWith("Offline")).orElse(false));
        waitUntil(() -> robot.lookup("#homeNote").tryQuery().map(Node::isVisible).orElse(false));
        assertTrue(robot.lookup("#homeNote").queryAs(Label.class).getText().contains("last saved on this computer"));
        waitUntil(() -> robot.lookup("#teamDirectory").tryQuery()
                .map(node -> ((GridPane) node).getChildren().size() > 3).orElse(false));
        server.restart();
    }

    private void logInAsHelen(FxRobot robot) throws TimeoutException {
        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#password").write(DemoUsers.PASSWORD);
        robot.clickOn("#submit");
        waitUntil(() -> robot.lookup("#code").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#code").write(server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
        robot.clickOn("#finish");
        waitUntil(() -> robot.lookup("#currentProvider").tryQuery().isPresent());
    }

    @Test
    void aWrongPasswordIsToldOnTheLoginScreen(FxRobot robot) throws TimeoutException {
        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#password").write("not-the-password");
        robot.clickOn("#submit");

        waitUntil(() -> robot.lookup("#message").queryAs(Label.class).isVisible());
        assertTrue(robot.lookup("#message").queryAs(Label.class).getText()
                .startsWith("The e-mail address or password is not right."));
    }

    @Test
    void emptyFieldsAreMarkedBesideTheFields(FxRobot robot) {
        robot.clickOn("#submit");

        assertEquals("Enter your e-mail address.", robot.lookup("#emailError").queryAs(Label.class).getText());
        assertEquals("Enter your password.", robot.lookup("#passwordError").queryAs(Label.class).getText());
    }

    private static Button providerButton(FxRobot robot, String name) {
        AtomicReference<Button> found = new AtomicReference<>();
        robot.lookup(".provider-choice").queryAllAs(Button.class).stream()
                .filter(button -> name.equals(button.getAccessibleText())).findFirst().ifPresent(found::set);
        return found.get();
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
