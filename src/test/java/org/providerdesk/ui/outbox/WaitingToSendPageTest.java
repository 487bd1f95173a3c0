package org.providerdesk.ui.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.domain.Role;
import org.providerdesk.ui.DeskWindow;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.common.Diagnostics;
import org.providerdesk.ui.common.FxDialogService;
import org.providerdesk.ui.shell.Navigator;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;
import org.providerdesk.ui.shell.ShellView;
import org.providerdesk.ui.shell.ShellViewModel;
import org.providerdesk.ui.shell.StatusBarModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The page in the real shell, headless: the count in the navigation, the reason, Discard after asking. */
@ExtendWith(ApplicationExtension.class)
class WaitingToSendPageTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    static Path home;
    private LocalCache cache;
    private Outbox outbox;
    private Outbox.Item refused;
    private final AtomicInteger syncs = new AtomicInteger();

    @Start
    void start(Stage stage) {
        Instant now = Instant.parse("2026-11-23T10:40:00Z");
        cache = LocalCache.open(home.resolve("page-" + System.nanoTime()), "pw".toCharArray(), new CacheKey(1_000));
        outbox = new Outbox(cache);
        outbox.enqueue(new Outbox.Command(1, "Reply to action 12", "replyToAction", "{}"), now);
        refused = outbox.enqueue(new Outbox.Command(1, "Confirm period 8", "confirmSchedule", "{}"), now);
        outbox.markRefused(refused.id(), "{\"status\":409,\"detail\":\"Period 8 was already confirmed.\"}");

        ProviderSummary rosewood = new ProviderSummary(1, "Rosewood Lodge Care Home", ProviderKind.RESIDENTIAL, "R1");
        UserInfo user = new UserInfo(7, "Helen", "helen@example.org", Role.PROVIDER, List.of(rosewood));
        ShellViewModel shell = new ShellViewModel(user, rosewood, PortalClient.forUrl("http://127.0.0.1:9"),
                TaskRunner.inline(), () -> { });
        StatusBarModel status = new StatusBarModel(new When(LONDON), "test portal");
        DeskWindow.useTheme();
        Navigator navigator = new Navigator();
        Label homePage = new Label("Home page");
        Page home = new Page() {
            @Override public String title() { return "Home"; }
            @Override public String navigationId() { return "navHome"; }
            @Override public Node view() { return homePage; }
        };
        Scene[] scene = new Scene[1];
        ProviderScope scope = new ProviderScope(null, null, shell.currentProvider(), TaskRunner.inline(),
                Clock.fixed(now, LONDON), new When(LONDON), new FxDialogService(() -> scene[0].getWindow(),
                        new Diagnostics("test", Clock.fixed(now, LONDON))), navigator, url -> { }, () -> { });
        navigator.setPages(List.of(home, new WaitingToSendScreen(scope, outbox, syncs::incrementAndGet)));
        scene[0] = new Scene(new ShellView(shell, status, navigator).build(), 1100, 700);
        DeskWindow.style(scene[0]);
        stage.setScene(scene[0]);
        stage.show();
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForFxEvents();
        cache.close();
    }

    @Test
    void aRefusedChangeShowsTheReasonAndIsDiscardedOnlyAfterAsking(FxRobot robot) {
        ToggleButton nav = robot.lookup("#navOutbox").queryAs(ToggleButton.class);
        assertEquals("Waiting to send (2)", nav.getText());
        robot.clickOn(nav);
        assertTrue(robot.lookup("#outboxList").query().isVisible());
        assertTrue(robot.lookup("#outboxRow-" + refused.id()).queryAs(VBox.class).getChildren().stream()
                .anyMatch(node -> node instanceof Label label
                        && "Period 8 was already confirmed.".equals(label.getText())));

        robot.clickOn("#discard-" + refused.id());
        answerDialog(robot, "Keep it");
        assertTrue(outbox.find(refused.id()).isPresent());

        robot.clickOn("#discard-" + refused.id());
        answerDialog(robot, "Discard");
        assertTrue(outbox.find(refused.id()).isEmpty());
        assertEquals("Waiting to send (1)", nav.getText());
        assertEquals(1, syncs.get());
        assertFalse(robot.lookup("#outboxEmpty").query().isVisible());
    }

    private static void answerDialog(FxRobot robot, String answer) {
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ButtonType button = dialog.getButtonTypes().stream().filter(type -> type.getText().equals(answer))
                .findFirst().orElseThrow();
        robot.clickOn((Node) dialog.lookupButton(button));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
