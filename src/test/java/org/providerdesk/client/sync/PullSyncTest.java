package org.providerdesk.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.server.carepackages.CarePackageRepository;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.sync.Tombstones;
import org.providerdesk.testing.ServerTruth;
import org.providerdesk.testing.TestServer;

class PullSyncTest {

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
    void theFirstSyncCopiesEveryRowOfTheProviderPageByPage() {
        List<SyncStatus> heard = new ArrayList<>();

        SyncStatus done = desk.engine(10, ApplyFaults.NONE).sync(desk.providerId, heard::add);

        assertTrue(done.online());
        assertNull(done.problem());
        assertNotNull(done.lastSyncedAt());
        assertTrue(heard.stream().filter(SyncStatus::syncing).count() > 3, "progress after each page");
        assertEquals(ServerTruth.of(desk.client, desk.providerId), ServerTruth.cached(desk.store, desk.providerId));
        assertEquals(19, desk.store.rows(desk.providerId, SyncKinds.CLIENT).size());
    }

    @Test
    void aSyncWithNothingNewChangesNothing() {
        SyncEngine engine = desk.engine(500, ApplyFaults.NONE);
        engine.sync(desk.providerId, status -> { });
        long cursor = desk.store.cursor(desk.providerId);

        List<SyncStatus> heard = new ArrayList<>();
        engine.sync(desk.providerId, heard::add);

        assertEquals(cursor, desk.store.cursor(desk.providerId));
        assertTrue(heard.stream().allMatch(status -> status.progressRows() == 0));
    }

    @Test
    void changesAndDeletionsOnTheServerArriveInTheNextSync() {
        SyncEngine engine = desk.engine(500, ApplyFaults.NONE);
        engine.sync(desk.providerId, status -> { });
        var jdbc = server.server().database().jdbc();
        long lineItem = jdbc.first("SELECT MIN(id) FROM line_item WHERE provider_id = ?", row -> row.getLong(1),
                desk.providerId).orElseThrow();
        new CarePackageRepository(jdbc).endLineItem(lineItem, LocalDate.of(2026, 12, 31));
        jdbc.inTransaction(() -> {
            new Tombstones(jdbc).record(desk.providerId, SyncKinds.LINE_ITEM, lineItem + 1,
                    new ChangeNumbers(jdbc).next());
            return null;
        });

        engine.sync(desk.providerId, status -> { });

        List<String> items = desk.store.rows(desk.providerId, SyncKinds.LINE_ITEM);
        assertTrue(items.stream().anyMatch(json -> json.contains("\"endDate\":\"2026-12-31\"")));
        assertFalse(items.stream().anyMatch(json -> json.contains("\"id\":" + (lineItem + 1) + ",")));
    }
}
