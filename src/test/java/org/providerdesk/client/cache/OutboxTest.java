package org.providerdesk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxTest {

    @TempDir
    Path home;
    private LocalCache cache;
    private Outbox outbox;
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @BeforeEach
    void open() {
        cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK);
        outbox = new Outbox(cache);
    }

    @AfterEach
    void close() {
        cache.close();
    }

    private Outbox.Item queue(String what) {
        return outbox.enqueue(new Outbox.Command(1, what, "replyToAction", "{\"what\":\"" + what + "\"}"), now);
    }

    @Test
    void aCommandIsKeptBeforeAnythingIsSentWithItsOwnKey() {
        Outbox.Item first = queue("Confirm period 8");
        Outbox.Item second = queue("Reply to action 12");

        assertEquals(2, outbox.countWaiting());
        assertNotEquals(first.idempotencyKey(), second.idempotencyKey());
        assertEquals(Outbox.State.PENDING, outbox.find(first.id()).orElseThrow().state());
    }

    @Test
    void commandsGoInOrderAndAWaitingOneHoldsTheRestBack() {
        Outbox.Item first = queue("first");
        queue("second");

        outbox.markForRetry(first.id(), "no answer", now.plusSeconds(30));

        assertTrue(outbox.nextDue(now).isEmpty(), "the second must not overtake the first");
        assertEquals(first.id(), outbox.nextDue(now.plusSeconds(30)).orElseThrow().id());
    }

    @Test
    void aRefusedCommandWaitsForTheUserWithoutHoldingUpTheRest() {
        Outbox.Item first = queue("first");
        Outbox.Item second = queue("second");

        outbox.markRefused(first.id(), "{\"detail\":\"The schedule changed\"}");

        assertEquals(second.id(), outbox.nextDue(now).orElseThrow().id());
        assertEquals(Outbox.State.REFUSED, outbox.waiting().get(0).state());
    }

    @Test
    void anEditedCommandIsSentAgainAsANewRequest() {
        Outbox.Item first = queue("first");
        outbox.markRefused(first.id(), "{}");

        outbox.resend(first.id(), "Changed", "{\"what\":\"changed\"}", now);

        Outbox.Item again = outbox.find(first.id()).orElseThrow();
        assertEquals(Outbox.State.PENDING, again.state());
        assertNotEquals(first.idempotencyKey(), again.idempotencyKey());
        assertEquals("{\"what\":\"changed\"}", again.body());
        assertEquals("Changed", again.description());
    }

    @Test
    void aDiscardedCommandIsGone() {
        Outbox.Item first = queue("first");

        outbox.discard(first.id());

        assertTrue(outbox.waiting().isEmpty());
    }

    @Test
    void nothingIsLostWhenTheCacheIsClosedAndOpenedAgain() {
        queue("typed offline");
        cache.close();
        cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK);

        assertEquals("typed offline", new Outbox(cache).waiting().get(0).description());
    }
}
