package org.providerdesk.ui;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.domain.ActionType;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.testing.ScreenshotStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;

/**
 * Not a test (surefire's default pattern does not pick it up): the line items, actions, New action (a variation
 * with a field over its limit), and an action's history with Reply open, at 1366x768 and 1024x640. Run with
 * {@code mvn -o test -Dtest=ActionsScreenshots -Dshots=/work/notes/shots -Dheadless.geometry=1920x1080-32}.
 */
@ExtendWith(ApplicationExtension.class)
class ActionsScreenshots {

    @TempDir
    static Path home;
    @RegisterExtension
    static final ScreenshotStage shots = ScreenshotStage.at(TestServer.MONDAY_MORNING, false);

    @Start
    void start(Stage stage) {
        shots.show(stage, home);
    }

    @Test
    void takePictures(FxRobot robot) throws Exception {
        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#password").write(DemoUsers.PASSWORD);
        robot.clickOn("#submit");
        shots.waitUntil(() -> robot.lookup("#code").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#code").write(shots.server().latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
        robot.clickOn("#finish");
        shots.waitUntil(() -> robot.lookup("#syncStatus").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last synced")).orElse(false));
        shots.shootBoth(robot, "home-pending-actions");
        robot.clickOn("#navLineItems");
        shots.shootBoth(robot, "line-items");
        robot.clickOn("#navActions");
        shots.shootBoth(robot, "actions");
        robot.interact(() -> robot.lookup("#newAction").queryButton().fire());
        robot.interact(() -> {
            robot.lookup("#actionType").<ActionType>queryComboBox().setValue(ActionType.VARIATION);
            robot.lookup("#contractedHours").queryAs(TextField.class).setText("20");
            robot.lookup("#actualHours").queryAs(TextField.class).setText("23");
            robot.lookup("#reason").queryAs(TextArea.class).setText("Informal carer ill");
            robot.lookup("#extraValue").queryAs(TextField.class).setText("180");
        });
        shots.shootBoth(robot, "new-action-variation");
        robot.interact(() -> robot.lookup("#cancelAction").queryButton().fire());
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<Object> table = robot.lookup("#actionsTable").queryAs(TableView.class);
            table.getSelectionModel().select(0);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        robot.interact(() -> robot.lookup("#reply").queryButton().fire());
        shots.shootBoth(robot, "action-detail-reply");
    }
}
