package org.providerdesk.ui.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.domain.ActionType;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.ui.shell.Navigator;
import org.providerdesk.ui.shell.NewActionDraft;
import org.providerdesk.ui.shell.NewActionForms;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.testing.ScreenshotStage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The page in the real shell on a cache synced from the real server, headless. A recording page stands for the
 * Actions page (it implements {@link NewActionForms}); the sync is run by the test, as the scheduler would.
 */
@ExtendWith(ApplicationExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ScheduledPaymentsPageTest {

    @TempDir
    static Path home;
    private PortalDesk desk;
    private Navigator navigator;
    private Stage stage;
    private final List<NewActionDraft> asked = new ArrayList<>();

    /** Stands for the Actions page: records what it was asked to open. */
    private final class RecordingActionsPage implements Page, NewActionForms {
        private final Label view = new Label("Actions and change requests");
        @Override public String title() { return "Actions and change requests"; }
        @Override public String navigationId() { return "navActions"; }
        @Override public Node view() { return view; }
        @Override public void openNewAction(NewActionDraft draft) { asked.add(draft); }
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    /** After the stage is up: the server start and first sync may take longer than TestFX allows its setup. */
    @BeforeEach
    void open() throws Exception {
        desk = new PortalDesk(home, DemoUsers.SINGLE_HOME_MANAGER, null);
        WaitForAsyncUtils.asyncFx(this::showPage).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void showPage() {
        navigator = desk.showInShell(stage, 7, "Helen Marsh", DemoUsers.SINGLE_HOME_MANAGER,
                scope -> List.of(new ScheduledPaymentsScreen(scope), new RecordingActionsPage()));
    }

    @AfterEach
    void stop() {
        WaitForAsyncUtils.waitForFxEvents();
        desk.close();
    }

    private ScheduleSummary shown(FxRobot robot) {
        return robot.lookup("#periodList").queryListView().getSelectionModel().getSelectedItem() instanceof PeriodRow row
                ? row.schedule().row() : null;
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void syncAndTellThePages(FxRobot robot) {
        desk.sync();
        robot.interact(navigator::syncFinished);
    }

    @Test
    void aScheduleConfirmedOfflineShowsAsWaitingAndIsSentOnceAfterReconnecting(FxRobot robot) {
        ScheduleSummary schedule = shown(robot);
        assertEquals("Status: unconfirmed", text(robot, "#scheduleStatus"));
        desk.server.stop();

        robot.clickOn("#confirmSchedule");
        robot.clickOn("#decisionComments").write("All correct");
        robot.clickOn("#sendDecision");
        assertEquals("Confirmation waiting to send", text(robot, "#scheduleWaiting"));
        assertTrue(robot.lookup("#scheduleWaiting").query().isVisible());
        assertFalse(shownOnScreen(robot.lookup("#confirmSchedule").query()), "not offered twice");

        desk.server.restart();
        syncAndTellThePages(robot);
        syncAndTellThePages(robot);
        assertEquals("CONFIRMED", desk.statusOnPortal(schedule.id()));
        assertEquals(1, desk.server.server().database().jdbc().count(
                "SELECT COUNT(*) FROM audit_event WHERE action = 'confirm schedule' AND target = ?",
                "schedule:" + schedule.id()), "sent once");
        assertTrue(desk.outbox().waiting().isEmpty());
        assertEquals("Status: confirmed", text(robot, "#scheduleStatus"));
        assertTrue(text(robot, "#scheduleDecided").contains("All correct"));
    }

    @Test
    void rejectWithoutACommentIsRefusedBesideTheBox(FxRobot robot) {
        robot.clickOn("#rejectSchedule");
        robot.clickOn("#sendDecision");
        Label error = robot.lookup("#decisionCommentsError").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertEquals(DecisionModel.REJECT_NEEDS_COMMENTS, error.getText());
        assertTrue(robot.lookup("#decisionComments").queryAs(TextArea.class).isFocused(), "the box has the focus");
        assertTrue(desk.outbox().waiting().isEmpty());
    }

    @Test
    void aScheduleChangedByTheCouncilIsShownAndDecidedAgain(FxRobot robot) throws Exception {
        ScheduleSummary schedule = shown(robot);
        robot.clickOn("#confirmSchedule");
        robot.clickOn("#decisionComments").write("All correct");
        robot.clickOn("#sendDecision");
        desk.councilChangesSchedule(schedule.id());
        syncAndTellThePages(robot);

        assertEquals(Outbox.State.REFUSED, desk.outbox().waiting().get(0).state());
        assertTrue(robot.lookup("#scheduleChanged").query().isVisible());
        assertTrue(text(robot, "#scheduleChanged").contains("The council changed this schedule"));
        assertEquals("All correct", robot.lookup("#decisionComments").queryAs(TextArea.class).getText());
        assertTrue(shownOnScreen(robot.lookup("#sendDecision").query()));
        robot.clickOn("#sendDecision");
        assertEquals(Outbox.State.PENDING, desk.outbox().waiting().get(0).state(), () -> "sent again: "
                + text(robot, "#decisionCommentsError") + " / " + text(robot, "#decisionNotOffered"));
        syncAndTellThePages(robot);
        assertEquals("CONFIRMED", desk.statusOnPortal(schedule.id()));
        assertEquals("Status: confirmed", text(robot, "#scheduleStatus"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // it makes the window smaller for its pictures: last
    void theNonPayableTabsButtonAsksForAVariationForThatClientAndPeriod(FxRobot robot) throws Exception {
        ScheduleSummary schedule = shown(robot);
        shoot(robot, "schedules", 1366, 768);
        robot.clickOn("#nonPayableTab .tab-label");
        @SuppressWarnings("unchecked")
        TableView<LineRow> held = robot.lookup("#suspendedLines").queryAs(TableView.class);
        assertFalse(held.getItems().isEmpty());
        robot.interact(() -> held.getSelectionModel().select(0));
        LineRow line = held.getSelectionModel().getSelectedItem();
        shoot(robot, "schedules-nonpayable", 1366, 768);
        shoot(robot, "schedules-nonpayable", 1024, 640);
        robot.clickOn("#requestVariation");
        assertEquals(1, asked.size());
        assertEquals(ActionType.VARIATION, asked.get(0).type());
        assertEquals(line.line().clientId(), asked.get(0).clientId());
        assertEquals("Period " + schedule.period().number() + " " + schedule.period().financialYearLabel(),
                asked.get(0).title());
        robot.clickOn("#calendarTab .tab-label");
        shoot(robot, "schedules-calendar", 1024, 640);
        robot.clickOn("#paymentsTab .tab-label");
        shoot(robot, "schedules", 1024, 640);
        robot.clickOn("#rejectSchedule");
        shoot(robot, "schedules-reject", 1024, 640);
    }

    private static boolean shownOnScreen(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** A picture for people to look at (-Dshots=folder; target/shots otherwise). */
    private void shoot(FxRobot robot, String name, int width, int height) throws Exception {
        robot.interact(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ScreenshotStage.write(robot, stage, name + "-" + width);
    }
}
