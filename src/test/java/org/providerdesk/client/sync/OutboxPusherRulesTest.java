package org.providerdesk.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxPusherRulesTest {

    @Test
    void busyDownOrInDowntimeIsAlwaysWorthWaitingFor() {
        for (int status : new int[] {502, 503, 504, 429, 408}) {
            assertTrue(OutboxPusher.isTemporary(status, 50), "status " + status);
        }
    }

    @Test
    void aCommandThatKeepsCausingAServerErrorIsHandedToTheUserAfterThreeTries() {
        assertTrue(OutboxPusher.isTemporary(500, 0));
        assertTrue(OutboxPusher.isTemporary(500, 1));
        assertFalse(OutboxPusher.isTemporary(500, 2));
    }

    @Test
    void businessRefusalsAreNeverRetried() {
        for (int status : new int[] {400, 404, 409, 412, 422, 428}) {
            assertFalse(OutboxPusher.isTemporary(status, 0), "status " + status);
        }
    }

    @Test
    void pausesGrowFromTwoSecondsToFiveMinutes() {
        assertEquals(Duration.ofSeconds(2), OutboxPusher.pauseAfter(0));
        assertEquals(Duration.ofSeconds(16), OutboxPusher.pauseAfter(3));
        assertEquals(Duration.ofMinutes(5), OutboxPusher.pauseAfter(30));
    }
}
