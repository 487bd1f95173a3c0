package org.providerdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.domain.ProviderKind;

/** The back stack and the page hooks, without a screen. */
class NavigatorTest {

    private final List<String> events = new ArrayList<>();
    private final Navigator navigator = new Navigator();
    private FakePage home;
    private FakePage actions;
    private FakePage outbox;

    @BeforeEach
    void pages() {
        home = new FakePage("Home");
        actions = new FakePage("Actions");
        outbox = new FakePage("Waiting to send");
        navigator.setPages(List.of(home, actions, outbox));
    }

    @Test
    void showsTheFirstPageAtTheStartWithNowhereToGoBack() {
        assertSame(home.view, navigator.current().get().view());
        assertFalse(navigator.canGoBack().get());
        assertFalse(navigator.back());
        assertEquals(List.of("Home shown"), events);
    }

    @Test
    void aDetailOfAnotherPageGoesBackStraightToWhereTheUserWas() {
        navigator.show(outbox);
        Pane form = new Pane();
        navigator.open(actions, "New action", form);

        assertSame(form, navigator.current().get().view());
        assertSame(actions, navigator.current().get().page(), "the navigation shows the page the form belongs to");
        assertTrue(navigator.current().get().detail());
        assertTrue(navigator.back());
        assertSame(outbox.view, navigator.current().get().view(), "Cancel or Back: one step, to where the user was");
    }

    @Test
    void backFromADetailReturnsToTheSameListNodeWithoutShowingThePageAgain() {
        navigator.show(actions);
        Pane detail = new Pane();
        navigator.open("Action 12", detail);

        assertSame(detail, navigator.current().get().view());
        assertTrue(navigator.current().get().detail());
        assertSame(actions, navigator.current().get().page());
        assertTrue(navigator.canGoBack().get());

        assertTrue(navigator.back());
        assertSame(actions.view, navigator.current().get().view(), "the list's own node, as it was");
        assertEquals(List.of("Home shown", "Actions shown"), events);
        assertTrue(navigator.back());
        assertSame(home.view, navigator.current().get().view());
        assertFalse(navigator.canGoBack().get());
    }

    @Test
    void aDetailOfADetailGoesBackOneStepAtATime() {
        navigator.show(actions);
        Pane period = new Pane();
        Pane line = new Pane();
        navigator.open("Period 8", period);
        navigator.open("Line 3", line);

        navigator.back();
        assertSame(period, navigator.current().get().view());
        navigator.back();
        assertSame(actions.view, navigator.current().get().view());
    }

    @Test
    void choosingThePageOnScreenAgainAddsNoStep() {
        navigator.show(home);
        assertFalse(navigator.canGoBack().get());
        assertEquals(List.of("Home shown"), events);
    }

    @Test
    void jumpsToANavigationEntryByItsPlaceAndIgnoresOnesThatDoNotExist() {
        assertTrue(navigator.show(2));
        assertSame(outbox, navigator.current().get().page());
        assertFalse(navigator.show(3));
        assertFalse(navigator.show(-1));
        assertSame(outbox, navigator.current().get().page());
    }

    @Test
    void viewingAnotherProviderForgetsTheWayBackLeavesTheDetailAndTellsEveryPage() {
        navigator.show(actions);
        navigator.open("Action 12", new Pane());
        ProviderSummary other = new ProviderSummary(2, "Oakleaf Home Care", ProviderKind.HOME_CARE, "H2");

        navigator.providerChanged(other);

        assertSame(actions.view, navigator.current().get().view());
        assertFalse(navigator.canGoBack().get());
        assertTrue(events.containsAll(List.of("Home provider 2", "Actions provider 2", "Waiting to send provider 2")));
    }

    @Test
    void theHistoryIsBounded() {
        for (int i = 0; i < Navigator.HISTORY + 20; i++) {
            navigator.open("Detail " + i, new Pane());
        }
        int steps = 0;
        while (navigator.back()) {
            steps++;
        }
        assertEquals(Navigator.HISTORY, steps);
    }

    @Test
    void aSyncIsToldToEveryPage() {
        navigator.syncFinished();
        assertEquals(List.of("Home shown", "Home synced", "Actions synced", "Waiting to send synced"), events);
    }

    private final class FakePage implements Page {
        private final String title;
        private final Pane view = new Pane();
        private int built;

        FakePage(String title) {
            this.title = title;
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public String navigationId() {
            return "nav" + title.replace(" ", "");
        }

        @Override
        public Node view() {
            built++;
            assertEquals(1, built, "the shell asks for a page's view once");
            return view;
        }

        @Override
        public void onShown() {
            events.add(title + " shown");
        }

        @Override
        public void onProviderChanged(ProviderSummary provider) {
            events.add(title + " provider " + provider.id());
        }

        @Override
        public void onSyncFinished() {
            events.add(title + " synced");
        }
    }
}
