package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.Change;
import org.providerdesk.api.ChangePage;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.server.carepackages.CarePackageRepository;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.sync.Tombstones;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class ChangeFeedTest {

    private TestServer server;
    private String token;
    private long rosewood;

    @BeforeEach
    void start() {
        server = TestServer.start();
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        token = session.token();
        rosewood = session.user().providers().get(0).id();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ChangePage page(long after, int limit) throws Exception {
        RawHttp.Answer answer = RawHttp.get(server, ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, rosewood)
                + "?after=" + after + "&limit=" + limit, token);
        assertEquals(200, answer.status(), answer.body());
        return JsonMapping.lenient().readValue(answer.body(), ChangePage.class);
    }

    @Test
    void pagesThroughEveryRowOnceInChangeOrder() throws Exception {
        Set<String> seen = new HashSet<>();
        long cursor = 0;
        long lastVersion = 0;
        int pages = 0;
        ChangePage page;
        do {
            page = page(cursor, 7);
            for (Change change : page.changes()) {
                assertTrue(change.version() > lastVersion, "versions ascend");
                lastVersion = change.version();
                assertTrue(seen.add(change.kind() + ":" + change.id()), "each row once on a quiet server");
            }
            cursor = page.nextCursor();
            pages++;
        } while (page.hasMore());

        assertTrue(pages > 3);
        assertEquals(19, seen.stream().filter(key -> key.startsWith(SyncKinds.CLIENT + ":")).count());
        assertTrue(seen.stream().anyMatch(key -> key.startsWith(SyncKinds.LINE_ITEM + ":")));
        assertTrue(page(cursor, 100).changes().isEmpty());
    }

    @Test
    void smallPagesHoldTheSameRowsInTheSameOrderAsOneLargePage() throws Exception {
        ChangePage whole = page(0, 5000);
        assertFalse(whole.hasMore());
        List<String> paged = new ArrayList<>();
        long cursor = 0;
        ChangePage page;
        do {
            page = page(cursor, 150);
            page.changes().forEach(change -> paged.add(change.kind() + ":" + change.id() + ":" + change.version()));
            cursor = page.nextCursor();
        } while (page.hasMore());

        List<String> all = whole.changes().stream()
                .map(change -> change.kind() + ":" + change.id() + ":" + change.version()).toList();
        assertTrue(all.size() > 600, "enough rows that sources are read in several batches: " + all.size());
        assertEquals(all, paged);
        assertEquals(whole.nextCursor(), cursor);
    }

    @Test
    void aChangeAfterTheCursorComesInTheNextSync() throws Exception {
        ChangePage everything = page(0, 5000);
        assertFalse(everything.hasMore());
        CarePackageRepository repository = new CarePackageRepository(server.server().database().jdbc());
        long lineItem = everything.changes().stream().filter(change -> change.kind().equals(SyncKinds.LINE_ITEM))
                .findFirst().orElseThrow().id();

        repository.endLineItem(lineItem, LocalDate.of(2026, 12, 31));
        ChangePage next = page(everything.nextCursor(), 100);

        assertEquals(1, next.changes().size());
        assertEquals(lineItem, next.changes().get(0).id());
        assertEquals("2026-12-31", next.changes().get(0).data().get("endDate").asText());
    }

    @Test
    void deletionsArriveAsTombstones() throws Exception {
        long cursor = page(0, 5000).nextCursor();
        var jdbc = server.server().database().jdbc();
        jdbc.inTransaction(() -> {
            new Tombstones(jdbc).record(rosewood, SyncKinds.LINE_ITEM, 4242, new ChangeNumbers(jdbc).next());
            return null;
        });

        Change tombstone = page(cursor, 100).changes().get(0);

        assertTrue(tombstone.deleted());
        assertEquals(4242, tombstone.id());
        assertEquals(null, tombstone.data());
    }

    @Test
    void anotherProvidersChangesNeverAppear() throws Exception {
        long cursor = page(0, 5000).nextCursor();
        var jdbc = server.server().database().jdbc();
        long otherProvider = jdbc.first("SELECT id FROM provider WHERE name = 'Oakleaf House'", row -> row.getLong(1))
                .orElseThrow();
        CarePackageRepository repository = new CarePackageRepository(jdbc);
        long client = repository.createClient("CL999999", "Test", "Person");
        repository.createLineItem(new CarePackageRepository.NewLineItem(otherProvider, client, "Residential care",
                LocalDate.of(2026, 1, 1), null, BigDecimal.ONE, "weeks", BigDecimal.TEN, "Weekly",
                BigDecimal.valueOf(40)));

        assertTrue(page(cursor, 100).changes().isEmpty());
    }

    @Test
    void refusesABadCursorOrLimitNamingTheField() {
        String path = ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, rosewood);

        RawHttp.Answer badCursor = RawHttp.get(server, path + "?after=yesterday", token);
        RawHttp.Answer tooMany = RawHttp.get(server, path + "?limit=100000", token);

        assertEquals(400, badCursor.status());
        assertTrue(badCursor.body().contains("\"after\""));
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.body().contains("\"limit\""));
    }
}
