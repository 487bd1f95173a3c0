package org.providerdesk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.ReceivedChange;

/** A page is applied whole or not at all, whatever interrupts it. */
class CacheTransactionTest {

    @TempDir
    Path home;

    private static List<ReceivedChange> page(long firstId) {
        return List.of(new ReceivedChange("client", firstId, firstId, false,
                        "{\"id\":" + firstId + ",\"councilReference\":\"R" + firstId + "\",\"firstName\":\"A\",\"lastName\":\"B\"}"),
                new ReceivedChange("client", firstId + 1, firstId + 1, false,
                        "{\"id\":" + (firstId + 1) + ",\"councilReference\":\"R\",\"firstName\":\"C\",\"lastName\":\"D\"}"));
    }

    @Test
    void anErrorPartWayThroughAPageRollsItBackAndTheNextPageDoesNotCommitIt() {
        try (LocalCache cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK)) {
            CacheStore store = new CacheStore(cache);
            for (ApplyFaults.Step step : ApplyFaults.Step.values()) {
                assertThrows(StackOverflowError.class, () -> store.applyPage(1, page(10), 20, Instant.now(),
                        reached -> {
                            if (reached == step) {
                                throw new StackOverflowError("simulated at " + step);
                            }
                        }));
            }
            for (int i = 0; i < 8; i++) {
                // every pooled connection is used again: none may carry the interrupted page into a commit
                store.applyPage(2, page(100 + 2 * i), 5, Instant.now(), ApplyFaults.NONE);
            }

            assertEquals(List.of(), store.allRows(1));
            assertEquals(0, store.cursor(1));
            assertEquals(16, store.allRows(2).size());
        }
    }

    @Test
    void aFailureKeepsItsOwnCauseForTheUser() {
        try (LocalCache cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK)) {
            CacheStore store = new CacheStore(cache);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.applyPage(1,
                    page(10), 20, Instant.now(), reached -> {
                        throw new IllegalStateException("the first cause");
                    }));
            assertEquals("the first cause", thrown.getMessage());
            assertEquals(List.of(), store.allRows(1));
        }
    }
}
