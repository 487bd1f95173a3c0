package org.providerdesk.ui.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.ui.shell.Navigator;
import org.providerdesk.ui.testing.ScreenshotStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A home-care provider's Actual hours tab in the real shell on a cache synced from the real server, headless: hours
 * refused because the council changed the schedule meanwhile (412) bring the form back with what changed.
 */
@ExtendWith(ApplicationExtension.class)
class ActualHoursPageTest {

    @TempDir
    static Path home;
    private PortalDesk desk;
    private Navigator navigator;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void open() throws Exception {
        desk = new PortalDesk(home, DemoUsers.GROUP_ADMINISTRATOR, "Oakleaf Home Care");
        WaitForAsyncUtils.asyncFx(this::showPage).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showPage() {
        navigator = desk.showInShell(stage, 8, "Priya Shah", DemoUsers.GROUP_ADMINISTRATOR,
                scope -> List.of(new ScheduledPaymentsScreen(scope)));
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForFxEvents();
        desk.close();
    }

    @Test
    void hoursRefusedBecauseTheCouncilChangedTheScheduleOpenTheFormAgainWithWhatChanged(FxRobot robot)
            throws Exception {
        robot.clickOn("#actualsTab .tab-label");
        ActualsModel.Entry entry = ((javafx.scene.control.TableView<?>) robot.lookup("#actualsTable").query())
                .getItems().stream().map(ActualsModel.Entry.class::cast).findFirst().orElseThrow();
        TextField field = robot.lookup("#hours-" + entry.lineItemId()).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write("2.5");
        shoot(robot, "schedules-actuals", 1366, 768);
        shoot(robot, "schedules-actuals", 1024, 640);
        robot.clickOn("#submitActuals");
        assertEquals(1, desk.outbox().waiting().size());
        long scheduleId = scheduleShown(robot);
        robot.clickOn("#paymentsTab .tab-label"); // the user looks elsewhere meanwhile

        BigDecimal provision = new BigDecimal(entry.provision().replaceAll("[^0-9.]", "")).add(BigDecimal.TEN);
        desk.councilChangesProvision(scheduleId, entry.lineItemId(), provision);
        desk.sync();
        robot.interact(navigator::syncFinished);

        assertEquals(Outbox.State.REFUSED, desk.outbox().waiting().get(0).state());
        TabPane tabs = robot.lookup("#scheduleTabs").queryAs(TabPane.class);
        assertEquals("actualsTab", tabs.getSelectionModel().getSelectedItem().getId(), "the hours form again");
        Label changed = robot.lookup("#actualsChanged").queryAs(Label.class);
        assertTrue(changed.isVisible());
        assertTrue(changed.getText().contains("contracted provision " + Words.money(provision)), changed.getText());
        assertEquals("2.5", robot.lookup("#hours-" + entry.lineItemId()).queryAs(TextField.class).getText());
        shoot(robot, "schedules-actuals-changed", 1024, 640);

        robot.clickOn("#submitActuals");
        assertEquals(Outbox.State.PENDING, desk.outbox().waiting().get(0).state(), "sent again");
        desk.sync();
        robot.interact(navigator::syncFinished);
        assertTrue(desk.outbox().waiting().isEmpty(), "accepted");
        assertEquals(0, new BigDecimal("2.5").compareTo(desk.hoursOnPortal(scheduleId, entry.lineItemId())));
        assertTrue(!robot.lookup("#actualsChanged").query().isVisible());
    }

    private static long scheduleShown(FxRobot robot) {
        return ((PeriodRow) robot.lookup("#periodList").queryListView().getSelectionModel().getSelectedItem())
                .schedule().row().id();
    }

    /** A picture for people to look at (-Dshots=folder; target/shots otherwise). */
    private void shoot(FxRobot robot, String name, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotStage.write(robot, stage, name + "-" + width);
        robot.interact(() -> {
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
