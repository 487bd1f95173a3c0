package org.providerdesk.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.domain.Role;
import org.providerdesk.ui.DeskWindow;
import org.providerdesk.ui.common.RecordingDialogs;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.shell.ActionSummaries;
import org.providerdesk.ui.shell.Navigator;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;
import org.providerdesk.ui.shell.ShellView;
import org.providerdesk.ui.shell.ShellViewModel;
import org.providerdesk.ui.shell.StatusBarModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The home page in the real shell, headless: the pending actions summary comes from whichever page offers
 * {@link ActionSummaries}, found through the navigator, so home knows no other page's class.
 */
@ExtendWith(ApplicationExtension.class)
class HomePendingActionsTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        DeskWindow.useTheme();
    }

    @Test
    void theHomePageShowsTheSummaryOfThePageThatOffersItAndItsButtonOpensThatPage(FxRobot robot) {
        Navigator navigator = show(robot, scope -> new SummaryPage(scope.navigator()));

        Button open = robot.lookup("#pendingSummary").queryButton();
        assertTrue(open.isVisible());
        assertEquals("Pending actions: 2 overdue", open.getText());
        robot.clickOn(open);
        assertEquals("Actions and change requests", navigator.current().get().title());
    }

    @Test
    void withNoPageOfferingASummaryTheHomePageShowsNone(FxRobot robot) {
        Navigator navigator = show(robot, scope -> plainPage("Contacts"));

        assertTrue(robot.lookup("#pendingSummary").tryQuery().isEmpty());
        assertEquals("Home", navigator.current().get().title());
    }

    /** The shell with the real home page first and one more page, made from the same scope. */
    private Navigator show(FxRobot robot, Function<ProviderScope, Page> other) {
        Navigator navigator = new Navigator();
        robot.interact(() -> {
            ProviderSummary rosewood = new ProviderSummary(1, "Rosewood Lodge Care Home", ProviderKind.RESIDENTIAL,
                    "R1");
            UserInfo user = new UserInfo(7, "Helen", "helen@example.org", Role.PROVIDER, List.of(rosewood));
            ShellViewModel shell = new ShellViewModel(user, rosewood, PortalClient.forUrl("http://127.0.0.1:9"),
                    TaskRunner.inline(), () -> { });
            Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:40:00Z"), LONDON);
            ProviderScope scope = new ProviderScope(null, null, shell.currentProvider(), TaskRunner.inline(), clock,
                    new When(LONDON), new RecordingDialogs(), navigator, url -> { }, () -> { });
            List<Page> pages = new ArrayList<>();
            pages.add(new HomeScreen(scope));
            pages.add(other.apply(scope));
            navigator.setPages(pages);
            Scene scene = new Scene(new ShellView(shell, new StatusBarModel(new When(LONDON), "test portal"),
                    navigator).build(), 1100, 700);
            DeskWindow.style(scene);
            stage.setScene(scene);
            stage.show();
        });
        return navigator;
    }

    /** A page offering the summary as the actions page does: a node that opens the page. */
    private static final class SummaryPage implements Page, ActionSummaries {
        private final Navigator navigator;
        private final Label view = new Label("The actions list");

        SummaryPage(Navigator navigator) {
            this.navigator = navigator;
        }

        @Override
        public String title() {
            return "Actions and change requests";
        }

        @Override
        public String navigationId() {
            return "navActions";
        }

        @Override
        public Node view() {
            return view;
        }

        @Override
        public Node pendingSummary() {
            Button summary = new Button("Pending actions: 2 overdue");
            summary.setId("pendingSummary");
            summary.setOnAction(event -> navigator.show(this));
            return summary;
        }
    }

    private static Page plainPage(String title) {
        Label view = new Label(title);
        return new Page() {
            @Override public String title() { return title; }
            @Override public String navigationId() { return "nav" + title; }
            @Override public Node view() { return view; }
        };
    }
}
