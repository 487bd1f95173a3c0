package org.providerdesk.ui;

import java.nio.file.Path;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SplitMenuButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.DemoInbox;
import org.providerdesk.ui.login.LoginViewModel;
import org.providerdesk.ui.testing.ScreenshotStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Not a test (surefire's default pattern does not pick it up): pictures of the login, forgotten password, previous
 * password and log out screens at a 1366x768 laptop's window and at the minimum window, for people to look at. Run
 * with {@code mvn -o test -Dtest=LoginScreenshots -Dshots=/work/notes/shots -Dheadless.geometry=1920x1080-32}.
 */
@ExtendWith(ApplicationExtension.class)
class LoginScreenshots {

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
        // a cache made with the password Helen had before it was changed on another computer, two changes waiting
        SavedData saved = new SavedData(home, new CacheKey(1_000));
        try (LocalCache cache = saved.open(DemoUsers.SINGLE_HOME_MANAGER, "previous password".toCharArray())) {
            Outbox outbox = new Outbox(cache);
            outbox.enqueue(new Outbox.Command(1, "Raise action: Hospital admission", "raiseAction", "{}"),
                    Instant.parse("2026-11-26T15:42:00Z"));
            outbox.enqueue(new Outbox.Command(1, "Reply to action 12", "replyToAction", "{}"),
                    Instant.parse("2026-11-26T16:05:00Z"));
        }
        robot.interact(() -> shots.window().showLogin("You have logged out."));
        shots.waitUntil(() -> robot.lookup("#downtimeBanner").query().isVisible());
        robot.interact(() -> robot.lookup("#forgottenPassword").query().requestFocus());
        shots.shootBoth(robot, "login-logged-out");

        robot.interact(() -> robot.lookup("#email").queryAs(TextField.class).setText(DemoUsers.SINGLE_HOME_MANAGER));
        robot.interact(() -> robot.lookup("#forgottenPassword").queryAs(Hyperlink.class).fire());
        shots.waitUntil(() -> robot.lookup("#sendCode").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#sendCode").queryAs(Button.class).fire());
        shots.waitUntil(() -> robot.lookup("#resetCode").query().getParent().isVisible());
        shots.shootBoth(robot, "forgotten-code");
        String code = LoginViewModel.codeIn(DemoInbox.await(shots.server(), DemoUsers.SINGLE_HOME_MANAGER,
                "Reset your Provider Portal password"));
        robot.interact(() -> {
            robot.lookup("#resetCode").queryAs(TextField.class).setText(code);
            robot.lookup("#next").queryAs(Button.class).fire();
        });
        robot.interact(() -> {
            robot.lookup("#newPassword").queryAs(TextField.class).setText("Heather-Lantern-26");
            robot.lookup("#confirmPassword").queryAs(TextField.class).setText("Heather-Lantern");
            robot.lookup("#finishReset").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> !robot.lookup("#confirmPasswordError").queryAs(Label.class).getText().isEmpty());
        shots.shootBoth(robot, "forgotten-new-password");
        robot.interact(() -> {
            robot.lookup("#confirmPassword").queryAs(TextField.class).setText("Heather-Lantern-26");
            robot.lookup("#finishReset").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> robot.lookup("#resetDone").query().getParent().isVisible());
        shots.shootBoth(robot, "forgotten-done");
        robot.interact(() -> robot.lookup("#resetOk").queryAs(Button.class).fire());

        shots.waitUntil(() -> robot.lookup("#email").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#email").queryAs(TextField.class).setText(DemoUsers.SINGLE_HOME_MANAGER);
            robot.lookup("#password").queryAs(TextField.class).setText("Heather-Lantern-26");
            robot.lookup("#submit").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> robot.lookup("#code").query().getParent().isVisible());
        robot.interact(() -> {
            robot.lookup("#code").queryAs(TextField.class)
                    .setText(shots.server().latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
            robot.lookup("#finish").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> robot.lookup("#previousPassword").tryQuery().isPresent());
        shots.shootBoth(robot, "previous-password");
        robot.interact(() -> robot.lookup("#doNotKnowIt").queryAs(Button.class).fire());
        shots.waitUntil(() -> robot.lookup("#startAfresh").query().getParent().getParent().isVisible());
        shots.shootBoth(robot, "previous-password-loss");
        robot.interact(() -> robot.lookup("#back").queryAs(Button.class).fire());
        robot.interact(() -> {
            robot.lookup("#previousPassword").queryAs(TextField.class).setText("previous password");
            robot.lookup("#usePrevious").queryAs(Button.class).fire();
        });
        shots.waitUntil(() -> robot.lookup("#logOut").tryQuery().isPresent());
        Platform.runLater(() -> robot.lookup("#logOut").queryAs(SplitMenuButton.class).getItems().get(0).fire());
        shots.waitUntil(() -> robot.listWindows().size() > 1);
        shots.shootDialog(robot, "logout-remove", 1366, 768);
        shots.shootDialog(robot, "logout-remove", 1024, 640);
        robot.interact(() -> robot.listWindows().stream().filter(w -> w != shots.stage()).findFirst()
                .ifPresent(Window::hide));
    }
}
