package org.providerdesk.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ActionView;
import org.providerdesk.client.data.ActionList;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.ActionType;
import org.providerdesk.ui.common.When;

/** An action's history and Reply, against the real server and a real cache. */
class ActionDetailViewModelTest {

    @TempDir
    Path folder;
    private SyncedDesk desk;
    private ActionDetailViewModel detail;
    private final AtomicInteger syncsAskedFor = new AtomicInteger();

    @BeforeEach
    void start() {
        desk = new SyncedDesk(folder);
        detail = new ActionDetailViewModel(desk.cache, desk.commands, desk.clock, new When(ZoneId.of("Europe/London")),
                syncsAskedFor::incrementAndGet);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    private List<ActionView> actions(boolean openOnly) {
        return new ActionList(desk.cache).list(desk.providerId, openOnly, desk.today()).actions().stream()
                .map(listed -> listed.row()).toList();
    }

    @Test
    void aReplyShowsAtOnceWaitingToSendThenInOrderAfterTheCouncilsAnswer() throws Exception {
        ActionView open = actions(true).get(0);
        detail.show(desk.providerId, open, desk.teams);
        int before = detail.history().size();
        assertTrue(detail.canReply().get());

        detail.reply();
        assertTrue(detail.replying().get());
        assertFalse(detail.submit(), "an empty reply is not sent");
        assertEquals("Type your reply.", detail.commentsError().get());
        detail.comments().set("She is back home from hospital today.");
        assertTrue(detail.submit());
        assertEquals(1, syncsAskedFor.get());
        assertEquals("Waiting to send", detail.history().get(before).pending());

        desk.sync();
        desk.server.clock().advance(java.time.Duration.ofMinutes(10));
        desk.councilReplies(open.id(), "Thank you, noted.", false, null);
        desk.sync();
        detail.refresh();

        List<ActionDetailViewModel.Message> history = detail.history();
        assertEquals(before + 2, history.size());
        ActionDetailViewModel.Message mine = history.get(before);
        ActionDetailViewModel.Message theirs = history.get(before + 1);
        assertEquals("She is back home from hospital today.", mine.text());
        assertFalse(mine.council());
        assertEquals("", mine.pending());
        assertTrue(mine.heading().contains("Helen"), mine.heading());
        assertTrue(mine.heading().contains("assigned to "));
        assertEquals("Thank you, noted.", theirs.text());
        assertTrue(theirs.council());
        assertTrue(theirs.heading().startsWith("Council: "));
        assertTrue(history.get(0).heading().startsWith("Raised by "), "the action itself comes first");
    }

    @Test
    void aClosedVariationShowsItsOutcomeAndTakesNoReply() throws Exception {
        ActionView variation = actions(true).stream().filter(a -> a.type() == ActionType.VARIATION).findFirst()
                .orElseThrow();
        desk.councilReplies(variation.id(), "Approved for the week.", true, ActionOutcome.APPROVED);
        desk.sync();

        ActionView closed = actions(false).stream().filter(a -> a.id() == variation.id()).findFirst().orElseThrow();
        assertEquals(ActionStatus.CLOSED, closed.status());
        detail.show(desk.providerId, closed, desk.teams);

        assertFalse(detail.canReply().get());
        assertTrue(detail.outcome().get().startsWith("This action is closed: the variation was approved"));
        detail.reply();
        assertFalse(detail.replying().get());
        detail.comments().set("One more thing");
        assertFalse(detail.submit());
        assertTrue(new org.providerdesk.client.cache.Outbox(desk.cache).waiting().isEmpty());
    }
}
