package org.providerdesk.ui.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.ui.common.RecordingDialogs;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;

class OutboxViewModelTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path home;
    private LocalCache cache;
    private Outbox outbox;
    private final Instant now = Instant.parse("2026-11-23T10:40:00Z");
    private final AtomicInteger syncs = new AtomicInteger();
    private OutboxViewModel page;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void open() {
        cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), new CacheKey(1_000));
        outbox = new Outbox(cache);
        page = new OutboxViewModel(outbox, TaskRunner.inline(), new When(LONDON), Clock.fixed(now, LONDON),
                dialogs, syncs::incrementAndGet);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private Outbox.Item queue(String what, Instant at) {
        return outbox.enqueue(new Outbox.Command(1, what, "confirmSchedule", "{\"what\":\"" + what + "\"}"), at);
    }

    @Test
    void listsPendingAndRefusedChangesInOrderInWords() {
        Outbox.Item reply = queue("Reply to action 12", now.minusSeconds(600));
        Outbox.Item confirm = queue("Confirm period 8", now.minusSeconds(300));
        Outbox.Item actuals = queue("Submit actuals for period 8", now.minusSeconds(60));
        outbox.markRefused(confirm.id(), "{\"status\":409,\"detail\":\"Period 8 was already confirmed.\"}");
        outbox.markForRetry(reply.id(), "The portal did not answer.", Instant.parse("2026-11-23T10:42:00Z"));

        page.refresh();

        List<OutboxViewModel.Row> rows = page.rows();
        assertEquals(List.of(reply.id(), confirm.id(), actuals.id()),
                rows.stream().map(OutboxViewModel.Row::id).toList());
        assertEquals("Reply to action 12", rows.get(0).description());
        assertEquals("Saved at 10:30 on Monday 23 November", rows.get(0).queued());
        assertEquals("Waiting to send", rows.get(0).state());
        assertEquals("Tried once. Will try again at 10:42: the portal did not answer.", rows.get(0).detail());
        assertFalse(rows.get(0).refused());
        assertEquals("Refused by the portal", rows.get(1).state());
        assertTrue(rows.get(1).refused());
        assertEquals("It will be sent at the next sync with the portal.", rows.get(2).detail());
        assertFalse(page.empty().get());
    }

    @Test
    void aRefusedChangeShowsThePortalsReason() {
        Outbox.Item confirm = queue("Confirm period 8", now);
        outbox.markRefused(confirm.id(), "{\"type\":\"x\",\"title\":\"Conflict\",\"status\":409,"
                + "\"detail\":\"Someone else changed this schedule. Open it again to see the latest.\"}");

        page.refresh();

        assertEquals("Someone else changed this schedule. Open it again to see the latest.",
                page.rows().get(0).detail());
    }

    @Test
    void aRefusalWithoutAReadableReasonGetsAGeneralSentence() {
        outbox.markRefused(queue("first", now).id(), "not json at all");
        outbox.markRefused(queue("second", now).id(), "{\"status\":422}");

        page.refresh();

        assertEquals(OutboxViewModel.NO_REASON, page.rows().get(0).detail());
        assertEquals(OutboxViewModel.NO_REASON, page.rows().get(1).detail());
    }

    @Test
    void discardRemovesARefusedChangeAndAsksForASync() {
        Outbox.Item confirm = queue("Confirm period 8", now);
        Outbox.Item reply = queue("Reply to action 12", now);
        outbox.markRefused(confirm.id(), "{\"detail\":\"No.\"}");
        page.refresh();

        assertTrue(page.discardQuestion(page.rows().get(0)).contains("Confirm period 8"));
        dialogs.answering(true);
        page.discard(page.rows().get(0));

        assertEquals(List.of(reply.id()), page.rows().stream().map(OutboxViewModel.Row::id).toList());
        assertTrue(outbox.find(confirm.id()).isEmpty());
        assertEquals(1, syncs.get());
    }

    @Test
    void answeringKeepItLeavesARefusedChangeWhereItIs() {
        Outbox.Item confirm = queue("Confirm period 8", now);
        outbox.markRefused(confirm.id(), "{\"detail\":\"No.\"}");
        page.refresh();

        dialogs.answering(false);
        page.discard(page.rows().get(0));

        assertEquals(List.of("confirm: Discard this change?"), dialogs.calls());
        assertTrue(outbox.find(confirm.id()).isPresent());
        assertEquals(0, syncs.get());
    }

    @Test
    void aChangeStillWaitingIsNotDiscardedFromHere() {
        Outbox.Item reply = queue("Reply to action 12", now);
        page.refresh();
        dialogs.answering(true);

        page.discard(page.rows().get(0));

        assertTrue(outbox.find(reply.id()).isPresent(), "it may be on its way to the portal right now");
    }

    @Test
    void sendAgainTurnsARefusedChangeBackToWaitingWithTheSameBodyAndAsksForASync() {
        Outbox.Item confirm = queue("Confirm period 8", now.minusSeconds(60));
        outbox.markRefused(confirm.id(), "{\"detail\":\"The portal is busy.\"}");
        page.refresh();

        page.sendAgain(page.rows().get(0));

        Outbox.Item again = outbox.find(confirm.id()).orElseThrow();
        assertEquals(Outbox.State.PENDING, again.state());
        assertEquals(confirm.body(), again.body());
        assertEquals(confirm.description(), again.description());
        assertNotEquals(confirm.idempotencyKey(), again.idempotencyKey());
        assertEquals("Waiting to send", page.rows().get(0).state());
        assertEquals(1, syncs.get());
    }

    @Test
    void withNothingWaitingThePageSaysSo() {
        assertFalse(page.empty().get(), "not before the first read");

        page.refresh();

        assertTrue(page.rows().isEmpty());
        assertTrue(page.empty().get());
        assertEquals("Nothing is waiting to be sent.", OutboxViewModel.NOTHING_WAITING);
    }
}
