package org.providerdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.domain.Role;
import org.providerdesk.ui.DeskWindow;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real shell, headless: a list opens a detail, Back (button, Alt+Left, mouse) returns to it as it was. */
@ExtendWith(ApplicationExtension.class)
class ShellNavigationTest {

    private final Navigator navigator = new Navigator();
    private ListView<String> actionsList;
    private Label detail;

    @Start
    void start(Stage stage) {
        ProviderSummary rosewood = new ProviderSummary(1, "Rosewood Lodge Care Home", ProviderKind.RESIDENTIAL, "R1");
        UserInfo user = new UserInfo(7, "Helen", "helen@example.org", Role.PROVIDER, List.of(rosewood));
        ShellViewModel shell = new ShellViewModel(user, rosewood, PortalClient.forUrl("http://127.0.0.1:9"),
                TaskRunner.inline(), () -> { });
        actionsList = new ListView<>();
        actionsList.setId("actionsList");
        actionsList.getItems().setAll(IntStream.rangeClosed(1, 200).mapToObj(i -> "Action " + i).toList());
        detail = new Label("Action 150 in detail");
        detail.setId("actionDetail");
        navigator.setPages(List.of(page("Home", new StackPane(new Label("Home page"))),
                page("Actions", actionsList), page("Waiting to send", waitingToSend())));
        DeskWindow.useTheme();
        Scene scene = new Scene(new ShellView(shell, new StatusBarModel(new When(ZoneId.of("Europe/London")),
                "test portal"), navigator).build(), 1024, 640);
        DeskWindow.style(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** A page that scrolls, with a text box of several lines and a button after it. */
    private static Node waitingToSend() {
        TextArea comments = new TextArea();
        comments.setId("comments");
        Button after = new Button("Send again");
        after.setId("sendAgain");
        return new javafx.scene.control.ScrollPane(
                new VBox(8, new Label("Nothing is waiting to be sent."), comments, after));
    }

    private static Page page(String title, Node view) {
        return new Page() {
            @Override public String title() { return title; }
            @Override public String navigationId() { return "nav" + title.replace(" ", ""); }
            @Override public Node view() { return view; }
        };
    }

    @Test
    void backReturnsToTheListAsItWasByButtonKeyAndMouse(FxRobot robot) {
        robot.clickOn("#navActions");
        robot.interact(() -> {
            actionsList.scrollTo(140);
            actionsList.getSelectionModel().select(149);
        });
        assertTrue(robot.lookup("#back").queryAs(Button.class).isVisible(), "back to Home");
        assertEquals("", robot.lookup("#placeTitle").queryAs(Label.class).getText());

        robot.interact(() -> navigator.open("Action 150", detail));
        assertTrue(detail.isVisible());
        assertTrue(robot.lookup("#back").queryAs(Button.class).isVisible());
        assertEquals("Actions \u203a Action 150", robot.lookup("#placeTitle").queryAs(Label.class).getText());
        assertTrue(robot.lookup("#navActions").queryAs(ToggleButton.class).isSelected());

        robot.clickOn("#back");
        assertSame(actionsList, robot.lookup("#actionsList").query(), "the same list, not a new one");
        assertEquals(149, actionsList.getSelectionModel().getSelectedIndex());
        assertTrue(actionsList.getScene() != null && detail.getScene() == null);

        robot.interact(() -> navigator.open("Action 150", detail));
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(actionsList, navigator.current().get().view());
        assertEquals(149, actionsList.getSelectionModel().getSelectedIndex());

        robot.interact(() -> navigator.open("Action 150", detail));
        robot.interact(() -> Event.fireEvent(detail, new MouseEvent(MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5,
                MouseButton.BACK, 1, false, false, false, false, false, false, false, false, true, false, null)));
        assertSame(actionsList, navigator.current().get().view());
    }

    @Test
    void theArrowKeysInTheNavigationShowThePageTheyHighlight(FxRobot robot) {
        robot.clickOn("#navHome");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Actions", navigator.current().get().page().title(), "the highlighted entry is the page shown");
        assertTrue(robot.lookup("#navActions").queryAs(ToggleButton.class).isSelected());
        assertTrue(robot.lookup("#navActions").query().isFocused(), "the keys stay in the navigation");
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Waiting to send", navigator.current().get().page().title());

        robot.interact(() -> {
            navigator.show(navigator.pages().get(1));
            navigator.open("Action 150", detail);
            navigator.show(navigator.pages().get(2));
        });
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(detail, navigator.current().get().view(), "Back returns to the action, not the list above it");
        assertTrue(robot.lookup("#navActions").queryAs(ToggleButton.class).isSelected());
    }

    @Test
    void aPageReachedByKeysTakesTheFocusAndTabLeavesItsTextBox(FxRobot robot) {
        robot.clickOn("#navActions");
        robot.interact(() -> actionsList.requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea comments = robot.lookup("#comments").queryAs(TextArea.class);
        assertTrue(comments.isFocused(), () -> "the page's first control, not the top of the window: "
                + comments.getScene().getFocusOwner());

        robot.write("Sent twice");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#sendAgain").query().isFocused(), "Tab moves on from the text box");
        assertEquals("Sent twice", comments.getText(), "no tab typed into it");
        robot.press(KeyCode.SHIFT, KeyCode.TAB).release(KeyCode.TAB, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(comments.isFocused(), "Shift+Tab comes back");
    }

    @Test
    void ctrlAndANumberJumpToThatNavigationEntry(FxRobot robot) {
        robot.clickOn("#navHome");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Waiting to send", navigator.current().get().page().title());
        assertTrue(robot.lookup("#navWaitingtosend").queryAs(ToggleButton.class).isSelected());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Actions", navigator.current().get().page().title());
        assertTrue(robot.lookup("#navActions").queryAs(ToggleButton.class).isSelected());
        assertFalse(robot.lookup("#navHome").queryAs(ToggleButton.class).isSelected());

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Waiting to send", navigator.current().get().page().title(), "Back also undoes a jump");
    }
}
