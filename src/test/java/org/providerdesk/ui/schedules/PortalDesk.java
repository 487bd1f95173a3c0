package org.providerdesk.ui.schedules;

import java.nio.file.Path;
import java.time.ZoneId;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.client.sync.SyncStatus;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.testing.TestServer;

/**
 * A desktop's cache synced from the real server, for the page's tests: the session is an offline one (the test
 * syncs when it says so, as the scheduler would), so "offline" is simply not syncing, or the server stopped.
 */
final class PortalDesk implements AutoCloseable {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final TestServer server;
    final PortalClient client;
    final LocalCache cache;
    final DeskSession session;
    final ProviderSummary provider;

    PortalDesk(Path home, String email, String providerName) {
        server = TestServer.start();
        client = new PortalClient(() -> okhttp3.HttpUrl.get(server.baseUrl())); // follows a restart
        var login = server.logIn(client, email);
        provider = login.user().providers().stream()
                .filter(p -> providerName == null || p.name().equals(providerName)).findFirst().orElseThrow();
        cache = LocalCache.open(home.resolve("cache-" + System.nanoTime()), DemoUsers.PASSWORD.toCharArray(),
                new CacheKey(1_000));
        session = DeskSession.offline(cache, server.clock());
        sync();
    }

    SyncStatus sync() {
        return new SyncEngine(client, cache, server.clock(), 500, ApplyFaults.NONE).sync(provider.id(), status -> { });
    }

    Outbox outbox() {
        return session.outbox();
    }

    /** The council changes the schedule (its payable total) after the desktop has seen it. */
    void councilChangesSchedule(long scheduleId) {
        var jdbc = server.server().database().jdbc();
        long change = new ChangeNumbers(jdbc).next();
        jdbc.update("UPDATE payment_schedule SET payable_total = payable_total + 10, change_no = ? WHERE id = ?",
                change, scheduleId);
    }

    /** The council changes one line's contracted provision, and so the schedule, after the desktop has seen them. */
    void councilChangesProvision(long scheduleId, long lineItemId, java.math.BigDecimal provision) {
        var jdbc = server.server().database().jdbc();
        ChangeNumbers numbers = new ChangeNumbers(jdbc);
        jdbc.update("UPDATE schedule_line SET contracted_provision = ?, change_no = ? WHERE schedule_id = ? "
                + "AND line_item_id = ?", provision, numbers.next(), scheduleId, lineItemId);
        jdbc.update("UPDATE payment_schedule SET change_no = ? WHERE id = ?", numbers.next(), scheduleId);
    }

    /** The actual hours the portal holds for a line item of a schedule. */
    java.math.BigDecimal hoursOnPortal(long scheduleId, long lineItemId) {
        return server.server().database().jdbc().first("SELECT actual_hours FROM schedule_line WHERE schedule_id = ? "
                + "AND line_item_id = ?", row -> row.getBigDecimal(1), scheduleId, lineItemId).orElse(null);
    }

    String statusOnPortal(long scheduleId) {
        return server.server().database().jdbc().first("SELECT status FROM payment_schedule WHERE id = ?",
                row -> row.getString(1), scheduleId).orElseThrow();
    }

    @Override
    public void close() {
        session.close();
        server.close();
    }
}
