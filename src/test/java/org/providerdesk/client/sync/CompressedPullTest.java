package org.providerdesk.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.CuttingProxy;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.ServerTruth;
import org.providerdesk.testing.TestServer;
import org.providerdesk.testing.ThrottlingProxy;

/** The desktop's pull asks for the feed compressed, and prefetching pages never lets a half page in. */
class CompressedPullTest {

    private static final int PAGE = 50;

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
    void theFeedCrossesTheWireCompressed() throws Exception {
        try (ThrottlingProxy counting = new ThrottlingProxy(server.server().port(), 0);
                SyncFixture desk = new SyncFixture(server, home, server.baseUrl())) {
            long plainBytes = plainFeedBytes(desk.providerId);
            desk.portalUrl.set(counting.url());

            SyncStatus done = desk.engine(PAGE, ApplyFaults.NONE).sync(desk.providerId, status -> { });

            assertTrue(done.online());
            assertEquals(ServerTruth.of(desk.client, desk.providerId), ServerTruth.cached(desk.store, desk.providerId));
            assertTrue(counting.bytesToClient() * 2 < plainBytes,
                    counting.bytesToClient() + " bytes on the wire for " + plainBytes + " bytes of JSON");
        }
    }

    @Test
    void aConnectionCutPartWayThroughKeepsOnlyWholePages() throws Exception {
        long wholeSync;
        try (ThrottlingProxy counting = new ThrottlingProxy(server.server().port(), 0);
                SyncFixture first = new SyncFixture(server, home.resolve("first"), counting.url())) {
            first.engine(PAGE, ApplyFaults.NONE).sync(first.providerId, status -> { });
            wholeSync = counting.bytesToClient();
        }
        try (CuttingProxy proxy = new CuttingProxy(() -> server.server().port());
                SyncFixture desk = new SyncFixture(server, home.resolve("second"), server.baseUrl())) {
            Map<String, String> truth = ServerTruth.of(desk.client, desk.providerId);
            desk.portalUrl.set(proxy.url());
            proxy.cutResponsesAfter(wholeSync / 2);

            SyncStatus broken = desk.engine(PAGE, ApplyFaults.NONE).sync(desk.providerId, status -> { });

            assertFalse(broken.online());
            int kept = desk.store.allRows(desk.providerId).size();
            assertTrue(kept < truth.size(), "the cut came before the end");
            assertEquals(0, kept % PAGE, "only whole pages: " + kept + " rows");

            proxy.cutResponsesAfter(-1);
            desk.engine(PAGE, ApplyFaults.NONE).sync(desk.providerId, status -> { });

            assertEquals(truth, ServerTruth.cached(desk.store, desk.providerId));
        }
    }

    private long plainFeedBytes(long providerId) {
        String token = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        long bytes = 0;
        long cursor = 0;
        while (true) {
            RawHttp.Answer page = RawHttp.get(server, ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, providerId)
                    + "?after=" + cursor + "&limit=" + PAGE, token);
            bytes += page.body().length();
            if (!page.body().contains("\"hasMore\":true")) {
                return bytes;
            }
            cursor = Long.parseLong(page.body().replaceAll("(?s).*\"nextCursor\":(\\d+).*", "$1"));
        }
    }
}
