package org.providerdesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.CouncilReplyRequest;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.domain.ActionType;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.actions.ActionRow;
import org.providerdesk.ui.carepackages.LineItemsViewModel;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The actions and line items pages in the real app against the real server, headless. */
@ExtendWith(ApplicationExtension.class)
class ActionsFlowTest {

    @TempDir
    static Path home;
    private TestServer server;
    private WorkerTaskRunner background;
    private DeskWindow window;

    @Start
    void start(Stage stage) {
        server = TestServer.start();
        // Follows the server to its new port when it starts again, as a desktop follows the council's server
        PortalClient client = new PortalClient(() -> okhttp3.HttpUrl.get(server.baseUrl()));
        background = WorkerTaskRunner.forJavaFx();
        DeskWindow.useTheme();
        UiContext context = new UiContext(client, background, ticking(server.clock()), ZoneId.of("Europe/London"),
                "test portal", null, new SavedData(home.resolve("d" + System.nanoTime()), new CacheKey(1_000)),
                () -> { }, () -> { });
        window = new DeskWindow(context, url -> { });
        Scene scene = new Scene(window.root(), 1200, 760);
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
    void aVariationRaisedOfflineIsSentOnceAfterReconnectingAndTheCouncilsAnswerArrives(FxRobot robot)
            throws Exception {
        logInAsHelen(robot);
        server.stop();
        robot.clickOn("#navActions");
        robot.clickOn("#newAction");
        robot.interact(() -> {
            robot.lookup("#actionType").<ActionType>queryComboBox().setValue(ActionType.VARIATION);
            ComboBox<Object> entity = robot.lookup("#entity").queryComboBox();
            entity.setValue(entity.getItems().get(0));
            robot.lookup("#actionTitle").<String>queryComboBox().getEditor().setText("Flow variation");
            robot.lookup("#contractedHours").queryAs(TextField.class).setText("20");
            robot.lookup("#actualHours").queryAs(TextField.class).setText("23");
            robot.lookup("#reason").queryAs(TextArea.class).setText("Informal carer ill");
            robot.lookup("#extraValue").queryAs(TextField.class).setText("74.40");
            robot.lookup("#reason").query().requestFocus();
        });
        // by keys: Tab moves on from the Reason box to the next field instead of typing a tab into it
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#extraValue").query().isFocused());
        assertEquals("Informal carer ill", robot.lookup("#reason").queryAs(TextArea.class).getText());
        assertEquals("ASC Brokerage Team", ((org.providerdesk.api.TeamView) robot.lookup("#assignTo")
                .queryComboBox().getValue()).name());
        assertEquals("Enter the date or time period of the variation",
                robot.lookup("#actionTitleHint").queryAs(Label.class).getText(), "the guide's words for Title");
        robot.interact(() -> robot.lookup("#createAction").queryButton().fire());

        waitUntil(() -> rowsTitled(robot, "Flow variation").size() == 1);
        assertEquals("Waiting to send", rowsTitled(robot, "Flow variation").get(0).status());

        server.restart();
        server.clock().advance(java.time.Duration.ofMinutes(10)); // past the outbox's wait before trying again
        robot.interact(() -> window.session().syncNow());
        waitUntil(() -> rowsTitled(robot, "Flow variation").size() == 1
                && !rowsTitled(robot, "Flow variation").get(0).isPending());
        ActionRow sent = rowsTitled(robot, "Flow variation").get(0);
        assertTrue(sent.id() > 0);

        PortalClient council = server.newClient();
        server.logIn(council, DemoUsers.COUNCIL_OFFICER);
        server.clock().advance(java.time.Duration.ofMinutes(3));
        council.sendCommand("POST", ActionPaths.councilReplies(sent.id()), JsonMapping.lenient().writeValueAsString(
                new CouncilReplyRequest("We are looking at this.", null, false, null)), java.util.UUID.randomUUID().toString(), null);
        robot.interact(() -> window.session().syncNow());
        waitUntil(() -> rowsTitled(robot, "Flow variation").get(0).unread());
        robot.sleep(200);
        assertEquals(1, rowsTitled(robot, "Flow variation").size(), "sent exactly once");

        open(robot, "Flow variation");
        waitUntil(() -> robot.lookup("#actionHistory").queryAs(VBox.class).getChildren().size() == 2);
        assertTrue(texts(robot.lookup("#message-1").query()).contains("We are looking at this."));
        assertTrue(robot.lookup("#message-1").query().getStyleClass().contains("message-council"));
        assertTrue(robot.lookup("#message-0").query().getStyleClass().contains("message-provider"));
    }

    @Test
    void aReplyShowsInTheHistoryAfterTheEarlierMessages(FxRobot robot) throws Exception {
        logInAsHelen(robot);
        robot.clickOn("#navActions");
        waitUntil(() -> !table(robot).getItems().isEmpty());
        String title = table(robot).getItems().get(0).title();
        open(robot, title);
        int before = robot.lookup("#actionHistory").queryAs(VBox.class).getChildren().size();
        // The reply box opens below the history: on a small test screen it may lie below the window's edge, where
        // the robot cannot click, so its controls are used directly (as the variation flow does).
        robot.interact(() -> robot.lookup("#reply").queryButton().fire());
        waitUntil(() -> robot.lookup("#replyComments").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> {
            robot.lookup("#replyComments").queryAs(TextArea.class).setText("Flow reply");
            robot.lookup("#submitReply").queryButton().fire();
        });

        waitUntil(() -> robot.lookup("#actionHistory").queryAs(VBox.class).getChildren().size() == before + 1);
        waitUntil(() -> robot.lookup("#reply").query().isFocused()); // the keys go on from Reply
        VBox history = robot.lookup("#actionHistory").queryAs(VBox.class);
        Node last = history.getChildren().get(before);
        assertTrue(texts(last).contains("Flow reply"));
        waitUntil(() -> !texts(robot.lookup("#actionHistory").queryAs(VBox.class).getChildren().get(before))
                .contains("Waiting to send"));
        assertEquals(before + 1, robot.lookup("#actionHistory").queryAs(VBox.class).getChildren().size());
    }

    @Test
    void includeHistoricalShowsTheLineItemThatEnded29DaysAgoAndSubmitActionFillsInTheForm(FxRobot robot)
            throws Exception {
        logInAsHelen(robot);
        robot.clickOn("#navLineItems");
        String ended = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK)
                .format(LocalDate.ofInstant(server.clock().instant(), ZoneId.of("Europe/London")).minusDays(29));
        waitUntil(() -> !lineItems(robot).getItems().isEmpty());
        assertFalse(lineItems(robot).getItems().stream().anyMatch(row -> row.end().equals(ended)));
        assertTrue(robot.lookup("#historicalHidden").queryAs(Label.class).isVisible());

        robot.clickOn("#includeHistorical");
        waitUntil(() -> lineItems(robot).getItems().stream().anyMatch(row -> row.end().equals(ended)));

        robot.clickOn("#lineItemsFilter").write("Carrow");
        waitUntil(() -> lineItems(robot).getItems().size() == 1);
        LineItemsViewModel.Row row = lineItems(robot).getItems().get(0);
        // by keys: the table reached by focus marks its first row, Enter opens the New action form at Type
        robot.interact(() -> lineItems(robot).requestFocus());
        assertEquals(row, lineItems(robot).getSelectionModel().getSelectedItem());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#createAction").tryQuery().map(Node::isVisible).orElse(false));
        waitUntil(() -> robot.lookup("#actionType").query().isFocused());
        assertEquals(row.item().id(), ((org.providerdesk.api.LineItemView) robot.lookup("#lineItem").queryComboBox()
                .getValue()).id());
        assertEquals(row.item().clientId(), ((org.providerdesk.api.ClientView) robot.lookup("#entity")
                .queryComboBox().getValue()).id());
        assertEquals("ASC Service Agreement Team", ((org.providerdesk.api.TeamView) robot.lookup("#assignTo")
                .queryComboBox().getValue()).name());
        waitUntil(() -> robot.lookup("#cancelAction").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> robot.lookup("#cancelAction").queryButton().fire());
        // Cancel returns straight to the line items, as they were
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#navLineItems").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#lineItemsFilter").query().getScene() != null);
        assertEquals("Carrow", robot.lookup("#lineItemsFilter").queryAs(TextField.class).getText());

        robot.clickOn("#submitAction-" + row.item().id());
        waitUntil(() -> robot.lookup("#createAction").tryQuery().map(Node::isVisible).orElse(false));
        assertEquals(row.item().id(), ((org.providerdesk.api.LineItemView) robot.lookup("#lineItem").queryComboBox()
                .getValue()).id(), "the button does the same");
    }

    /**
     * The server's clock moving on with real time, as a desktop's clock does: the sync tells a command sent before
     * a pull from one sent after by the instants it records, which a frozen clock makes equal.
     */
    private static java.time.Clock ticking(java.time.Clock serverClock) {
        long started = System.nanoTime();
        return new java.time.Clock() {
            @Override
            public ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.time.Instant instant() {
                return serverClock.instant().plusNanos(System.nanoTime() - started);
            }
        };
    }

    private void logInAsHelen(FxRobot robot) throws TimeoutException {
        robot.clickOn("#email").write(DemoUsers.SINGLE_HOME_MANAGER);
        robot.clickOn("#password").write(DemoUsers.PASSWORD);
        robot.clickOn("#submit");
        waitUntil(() -> robot.lookup("#code").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn("#code").write(server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
        robot.clickOn("#finish");
        waitUntil(() -> robot.lookup("#syncStatus").tryQuery()
                .map(node -> ((Label) node).getText().startsWith("Last synced")).orElse(false));
    }

    private static void open(FxRobot robot, String title) {
        TableView<ActionRow> table = table(robot);
        robot.interact(() -> {
            ActionRow row = table.getItems().stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
            table.getSelectionModel().select(row);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static TableView<ActionRow> table(FxRobot robot) {
        return robot.lookup("#actionsTable").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<LineItemsViewModel.Row> lineItems(FxRobot robot) {
        return robot.lookup("#lineItemsTable").queryAs(TableView.class);
    }

    private static List<ActionRow> rowsTitled(FxRobot robot, String title) {
        return List.copyOf(table(robot).getItems()).stream().filter(row -> row.title().equals(title)).toList();
    }

    private static String texts(Node node) {
        StringBuilder all = new StringBuilder();
        if (node instanceof Label label) {
            all.append(label.getText()).append('\n');
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> all.append(texts(child)));
        }
        return all.toString();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
