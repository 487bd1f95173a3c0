package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.retention.Retention;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.sync.Tombstones;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** What the server keeps only for a while is purged, and a desktop that synced too long ago starts again. */
class RetentionTest {

    private TestServer server;
    private Jdbc jdbc;
    private Retention retention;

    @BeforeEach
    void start() {
        server = TestServer.start();
        jdbc = server.server().database().jdbc();
        retention = new Retention(jdbc, server.clock());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long rows(String table) {
        return jdbc.count("SELECT COUNT(*) FROM " + table);
    }

    @Test
    void idempotencyRecordsSessionsAndLoginAttemptsGoAfterTheirRetention() {
        String council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        assertEquals(201, RawHttp.post(server, AccountPaths.COUNCIL_NOTICES, council, ActionsFixture.key(),
                "{\"title\":\"T\",\"body\":\"B\",\"startsAt\":\"2026-11-30T10:00:00Z\",\"downtime\":false}").status());
        RawHttp.post(server, ApiPaths.LOGIN, null, "{\"email\":\"" + DemoUsers.SINGLE_HOME_MANAGER
                + "\",\"password\":\"wrong-password\"}");
        long sessions = rows("user_session");
        assertTrue(rows("idempotency_record") > 0 && sessions > 0 && rows("login_attempt") > 0
                && rows("login_failure") > 0);

        Retention.Purged now = retention.purge();
        assertEquals(new Retention.Purged(0, 0, 0, 0, 0, 0), now, "nothing is purged while in use");
        server.clock().advance(Duration.ofDays(Retention.IDEMPOTENCY_DAYS).plusMinutes(1));
        retention.purge();

        assertEquals(0, rows("idempotency_record"));
        assertEquals(0, rows("user_session"));
        assertEquals(0, rows("login_attempt"));
        assertEquals(0, rows("login_failure"));
    }

    @Test
    void aCursorOlderThanTheKeptDeletionsIsToldToSyncFromTheStart() {
        var helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        long rosewood = helen.user().providers().get(0).id();
        ChangeNumbers numbers = new ChangeNumbers(jdbc);
        long oldCursor = numbers.latest();
        new Tombstones(jdbc).record(rosewood, "client", 999_999, numbers.next());
        retention.purge();
        long markedThrough = numbers.latest();
        assertEquals(1, rows("tombstone"), "kept for " + Retention.TOMBSTONE_DAYS + " days");

        server.clock().advance(Duration.ofDays(Retention.TOMBSTONE_DAYS).plusHours(1));
        Retention.Purged purged = retention.purge();

        assertEquals(1, purged.tombstones());
        assertEquals(markedThrough, retention.horizon());
        String token = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        String changes = ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, rosewood);
        RawHttp.Answer stale = RawHttp.get(server, changes + "?after=" + oldCursor, token);
        assertEquals(410, stale.status(), stale.body());
        assertEquals("application/problem+json", stale.contentType());
        assertTrue(stale.body().contains(ProblemTypes.SYNC_FROM_START), stale.body());
        assertEquals(200, RawHttp.get(server, changes + "?after=0&limit=5", token).status(), "from the start");
        assertEquals(200, RawHttp.get(server, changes + "?after=" + markedThrough, token).status());
    }
}
