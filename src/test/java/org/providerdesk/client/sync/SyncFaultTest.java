package org.providerdesk.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.testing.CuttingProxy;
import org.providerdesk.testing.ServerTruth;
import org.providerdesk.testing.TestServer;

/** Whatever breaks during a sync, the next sync leaves the cache equal to the server, row for row. */
class SyncFaultTest {

    private static final int PAGE = 10;

    @TempDir
    Path home;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theServerStoppingMidPullLosesNothing() {
        try (SyncFixture desk = new SyncFixture(server, home, server.baseUrl())) {
            Map<String, String> truth = ServerTruth.of(desk.client, desk.providerId);
            AtomicInteger pages = new AtomicInteger();
            SyncStatus broken = desk.engine(PAGE, ApplyFaults.NONE).sync(desk.providerId, status -> {
                if (status.syncing() && status.progressRows() > 0 && pages.incrementAndGet() == 2) {
                    server.stop();
                }
            });

            assertFalse(broken.online());
            // The page after the second may have arrived whole before the stop (pages are fetched ahead): kept.
            int kept = desk.store.allRows(desk.providerId).size();
            assertTrue(kept >= 2 * PAGE && kept < truth.size(), kept + " rows");
            assertEquals(0, kept % PAGE, "whole pages, nothing else: " + kept + " rows");

            server.restart();
            desk.portalUrl.set(server.baseUrl());
            SyncStatus healed = desk.engine(PAGE, ApplyFaults.NONE).sync(desk.providerId, status -> { });

            assertTrue(healed.online());
            assertEquals(truth, ServerTruth.cached(desk.store, desk.providerId));
        }
    }

    @Test
    void aConnectionDroppedMidResponseLosesNothing() throws Exception {
        try (CuttingProxy proxy = new CuttingProxy(() -> server.server().port());
                SyncFixture desk = new SyncFixture(server, home, server.baseUrl())) {
            Map<String, String> truth = ServerTruth.of(desk.client, desk.providerId);
            desk.portalUrl.set(proxy.url());
            proxy.cutResponsesAfter(3000);

            SyncStatus broken = desk.engine(500, ApplyFaults.NONE).sync(desk.providerId, status -> { });

            assertFalse(broken.online());
            assertTrue(proxy.cuts() > 0);
            assertTrue(desk.store.allRows(desk.providerId).isEmpty(), "a half page is never applied");
            assertEquals(0, desk.store.cursor(desk.providerId));

            proxy.cutResponsesAfter(-1);
            desk.engine(500, ApplyFaults.NONE).sync(desk.providerId, status -> { });

            assertEquals(truth, ServerTruth.cached(desk.store, desk.providerId));
        }
    }

    @ParameterizedTest
    @EnumSource(ApplyFaults.Step.class)
    void aCrashAtAnyStepOfApplyingAPageLeavesTheCacheConsistent(ApplyFaults.Step crashAt) {
        try (SyncFixture desk = new SyncFixture(server, home, server.baseUrl())) {
            Map<String, String> truth = ServerTruth.of(desk.client, desk.providerId);
            AtomicInteger pagesSeen = new AtomicInteger();
            ApplyFaults crashOnThirdPage = step -> {
                if (step == ApplyFaults.Step.ROWS_WRITTEN) {
                    pagesSeen.incrementAndGet();
                }
                if (step == crashAt && pagesSeen.get() == 3) {
                    throw new IllegalStateException("simulated crash at " + step);
                }
            };

            assertThrows(IllegalStateException.class,
                    () -> desk.engine(PAGE, crashOnThirdPage).sync(desk.providerId, status -> { }));

            assertEquals(2 * PAGE, desk.store.allRows(desk.providerId).size(), "the third page rolled back whole");
            long cursorAfterCrash = desk.store.cursor(desk.providerId);
            assertNotEquals(0, cursorAfterCrash);

            desk.engine(PAGE, ApplyFaults.NONE).sync(desk.providerId, status -> { });

            assertEquals(truth, ServerTruth.cached(desk.store, desk.providerId), "no duplicates, no gaps");
        }
    }
}
