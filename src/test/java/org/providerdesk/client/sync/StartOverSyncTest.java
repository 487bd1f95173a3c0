package org.providerdesk.client.sync;

import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.client.data.ScheduleLines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.client.ReceivedChange;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.testing.ServerTruth;
import org.providerdesk.testing.TestServer;

/**
 * The portal answered that the cursor is older than the deletions it keeps (410 sync-from-start): the desktop
 * reads the feed again from the start and swaps it in, so rows deleted meanwhile go, and the queue stays.
 */
class StartOverSyncTest {

    @TempDir
    Path home;
    private TestServer server;
    private SyncFixture desk;

    @BeforeEach
    void start() {
        server = TestServer.start();
        desk = new SyncFixture(server, home, server.baseUrl());
    }

    @AfterEach
    void stop() {
        desk.close();
        server.close();
    }

    @Test
    void startingOverDropsRowsTheServerNoLongerHasAndKeepsTheOutbox() {
        desk.engine(500, ApplyFaults.NONE).sync(desk.providerId, status -> { });
        // a row deleted on the server whose tombstone was purged: the feed will never tell of it
        desk.store.applyPage(desk.providerId, List.of(new ReceivedChange(SyncKinds.LINE_ITEM, 987_654, 1, false,
                "{\"id\":987654,\"clientId\":1,\"startDate\":\"2026-01-01\"}")), desk.store.cursor(desk.providerId),
                Instant.now(), ApplyFaults.NONE);
        Outbox outbox = new Outbox(desk.cache);
        outbox.enqueue(new Outbox.Command(desk.providerId, "Reply to action 7", "replyToAction", "{}"), Instant.now());

        PullSync.Pulled pulled = new PullSync(desk.client, desk.store, Clock.systemUTC(), 50, ApplyFaults.NONE)
                .pullFromStart(desk.providerId, (pages, rows) -> { });

        assertTrue(pulled.pages() > 1, "read page by page");
        assertFalse(desk.store.rows(desk.providerId, SyncKinds.LINE_ITEM).stream()
                .anyMatch(json -> json.contains("987654")));
        assertEquals(ServerTruth.of(desk.client, desk.providerId), ServerTruth.cached(desk.store, desk.providerId));
        assertEquals(1, outbox.countWaiting());
    }

    @Test
    void startingOverDropsTheSearchTextOfALineTheServerNoLongerHas() {
        desk.engine(500, ApplyFaults.NONE).sync(desk.providerId, status -> { });
        desk.store.applyPage(desk.providerId, List.of(new ReceivedChange(SyncKinds.SCHEDULE_LINE, 987_655, 1, false,
                "{\"id\":987655,\"scheduleId\":1,\"clientName\":\"Quillon Farthingale\"}")),
                desk.store.cursor(desk.providerId), Instant.now(), ApplyFaults.NONE);
        ScheduleLines lines = new ScheduleLines(desk.cache);
        assertEquals(List.of(987_655L), lines.matchingAnyPeriod(desk.providerId, "farthingale").stream()
                .map(ScheduleLineView::id).toList(), "found before starting over");

        new PullSync(desk.client, desk.store, Clock.systemUTC(), 50, ApplyFaults.NONE)
                .pullFromStart(desk.providerId, (pages, rows) -> { });

        try (java.sql.Connection connection = desk.cache.connection();
                java.sql.Statement sql = connection.createStatement();
                java.sql.ResultSet left = sql.executeQuery("SELECT COUNT(*) FROM c_schedule_line WHERE id = 987655")) {
            left.next();
            assertEquals(0, left.getLong(1), "nothing left of a line that is gone, its search text neither");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        assertEquals(List.of(), lines.matchingAnyPeriod(desk.providerId, "farthingale"));
    }

    @Test
    void aDeliveredCommandIsRemovedOnceASyncAfterItHasRun() {
        Outbox outbox = new Outbox(desk.cache);
        Instant longAgo = Instant.now().minusSeconds(60);
        Outbox.Item sent = outbox.enqueue(new Outbox.Command(desk.providerId, "Reply", "replyToAction", "{}"), longAgo);
        outbox.markSent(sent.id(), longAgo);
        Outbox.Item waiting = outbox.enqueue(new Outbox.Command(desk.providerId, "Reply 2", "replyToAction", "{}"),
                longAgo);
        outbox.markForRetry(waiting.id(), "no answer", Instant.now().plusSeconds(3600));

        desk.engine(500, ApplyFaults.NONE).sync(desk.providerId, status -> { });

        assertTrue(outbox.find(sent.id()).isEmpty(), "delivered and synced since: removed");
        assertTrue(outbox.find(waiting.id()).isPresent(), "still waiting: kept");
    }

    @Test
    void aDeliveredCommandIsKeptUntilASyncAfterItOrTheRetentionEnds() {
        Outbox outbox = new Outbox(desk.cache);
        Instant now = Instant.now();
        Outbox.Item justSent = outbox.enqueue(new Outbox.Command(desk.providerId, "Reply", "replyToAction", "{}"), now);
        outbox.markSent(justSent.id(), now);
        Outbox.Item oldOther = outbox.enqueue(new Outbox.Command(desk.providerId + 1, "Reply", "replyToAction", "{}"),
                now);
        outbox.markSent(oldOther.id(), now.minus(Outbox.SENT_KEPT).minusSeconds(60));

        assertEquals(1, outbox.removeDelivered(desk.providerId, now.minusSeconds(1), now));

        assertTrue(outbox.find(justSent.id()).isPresent(), "its effect has not been pulled yet");
        assertTrue(outbox.find(oldOther.id()).isEmpty(), "past the retention, whatever the provider");
    }
}
