package org.providerdesk.ui;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
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
 * {@code mvn -o test -Dtest=ShellScreenshots -Dshots=/work/notes/shots -Dheadless.geometry=1920x1080-32}.
 */
@ExtendWith(ApplicationExtension.class)
class ShellScreenshots {

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
        robot.clickOn("#email").write(DemoUsers.GROUP_ADMINISTRATOR);
        robot.clickOn("#password").write("not the password at all");
        robot.clickOn("#submit");
        shots.waitUntil(() -> robot.lookup("#message").query().isVisible());
        shots.shoot(robot, "login", 1366, 700);
        shots.shoot(robot, "login", 1024, 640);

        robot.interact(() -> {
            robot.lookup("#password").queryAs(TextField.class).setText(DemoUsers.PASSWORD);
            robot.lookup("#submit").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> robot.lookup("#code").query().getParent().isVisible());
        robot.interact(() -> {
            robot.lookup("#code").queryAs(TextField.class)
                    .setText(shots.server().latestCodeFor(DemoUsers.GROUP_ADMINISTRATOR));
            robot.lookup("#finish").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> robot.lookup(".provider-choice").queryAll().size() == 3);
        shots.shoot(robot, "providers", 1024, 640);
        robot.interact(() -> robot.lookup(".provider-choice").queryAllAs(Button.class).iterator().next().fire());
        shots.waitUntil(() -> robot.lookup("#notices").tryQuery().map(n -> !((VBox) n).getChildren().isEmpty())
                .orElse(false));
        shots.waitUntil(() -> robot.lookup("#syncStatus").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Last synced")).orElse(false));
        shots.shoot(robot, "shell", 1366, 700);
        shots.shoot(robot, "shell", 1024, 640);
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(ScrollPane.class).setVvalue(1));
        shots.shoot(robot, "contacts", 1024, 640);
        robot.interact(() -> robot.lookup(".page-scroll").queryAs(ScrollPane.class).setVvalue(0));
        robot.clickOn("#navOutbox");
        shots.shoot(robot, "outbox", 1024, 640);
    }
}
