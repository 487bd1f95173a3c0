package org.providerdesk.ui;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.ui.testing.ScreenshotStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test (surefire's default pattern does not pick it up): pictures of the real screens at a 1366x768
 * laptop's window and at the minimum window, for people to look at. Run with
 * {@code mvn -o test -Dtest=PaymentPagesScreenshots -Dshots=/work/notes/shots -Dheadless.geometry=1920x1080-32}.
 */
@ExtendWith(ApplicationExtension.class)
class PaymentPagesScreenshots {

    @TempDir
    static Path home;
    @RegisterExtension
    static final ScreenshotStage shots = ScreenshotStage.at(ScreenshotStage.FRIDAY_BEFORE_DOWNTIME, true);

    @Start
    void start(Stage stage) {
        shots.show(stage, home);
    }

    @Test
    void takePictures(FxRobot robot) throws Exception {
        robot.interact(() -> {
            robot.lookup("#email").queryAs(TextField.class).setText(DemoUsers.SINGLE_HOME_MANAGER);
            robot.lookup("#password").queryAs(TextField.class).setText(DemoUsers.PASSWORD);
            robot.lookup("#submit").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> robot.lookup("#code").query().getParent().isVisible());
        robot.interact(() -> {
            robot.lookup("#code").queryAs(TextField.class)
                    .setText(shots.server().latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
            robot.lookup("#finish").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> robot.lookup("#syncStatus").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last synced")).orElse(false));
        robot.interact(() -> robot.lookup("#navRemittances").queryAs(ToggleButton.class).fire());
        robot.interact(() -> robot.lookup("#navHome").queryAs(ToggleButton.class).fire());
        shots.waitUntil(() -> robot.lookup("#needsYou").tryQuery().map(n -> !((VBox) n).getChildren().isEmpty())
                .orElse(false));
        shots.shootBoth(robot, "home");
        robot.interact(() -> robot.lookup("#navRemittances").queryAs(ToggleButton.class).fire());
        shots.waitUntil(() -> !robot.lookup("#remittanceLines").queryAs(TableView.class).getItems().isEmpty());
        shots.shootBoth(robot, "remittances-finalisation");
        robot.interact(() -> robot.lookup("#remittanceByPeriod").queryAs(RadioButton.class).fire());
        Thread.sleep(500);
        shots.shootBoth(robot, "remittances-period");
        robot.interact(() -> robot.lookup("#navOrganisation").queryAs(ToggleButton.class).fire());
        Thread.sleep(300);
        shots.shootBoth(robot, "organisation");
        robot.interact(() -> robot.lookup("#navContacts").queryAs(ToggleButton.class).fire());
        Thread.sleep(300);
        shots.shootBoth(robot, "contacts-page");
    }
}
