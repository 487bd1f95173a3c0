package org.providerdesk.ui.actions;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.CouncilReplyRequest;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.TeamView;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;

/**
 * The real server with its demo data, and a desktop's cache of Rosewood Lodge synced from it: what the actions
 * view models run against. The council officer answers through the portal's own council routes.
 */
final class SyncedDesk implements AutoCloseable {

    final TestServer server;
    final PortalClient client;
    final LocalCache cache;
    final SyncEngine engine;
    final Commands commands;
    final long providerId;
    final Clock clock;
    final List<TeamView> teams;
    private PortalClient council;

    SyncedDesk(Path folder) {
        server = TestServer.start();
        client = server.newClient();
        providerId = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).user().providers().get(0).id();
        cache = LocalCache.open(folder.resolve("cache"), DemoUsers.PASSWORD.toCharArray(), new CacheKey(1_000));
        clock = londonClock(server.clock());
        // The sync keeps real time: it tells what was sent before a pull by the instants it records
        engine = new SyncEngine(client, cache, Clock.systemUTC(), 500, ApplyFaults.NONE);
        sync();
        commands = new Commands(new Outbox(cache));
        teams = client.teams();
    }

    /** The server's clock, read in London: "today" as the desktop sees it. */
    static Clock londonClock(Clock serverClock) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.of("Europe/London");
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }

            @Override
            public java.time.Instant instant() {
                return serverClock.instant();
            }
        };
    }

    void sync() {
        engine.sync(providerId, status -> { });
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The council officer replies to an action, closing it with an outcome when {@code outcome} is not null. */
    void councilReplies(long actionId, String text, boolean close, ActionOutcome outcome) throws Exception {
        if (council == null) {
            council = server.newClient();
            server.logIn(council, DemoUsers.COUNCIL_OFFICER);
        }
        council.sendCommand("POST", ActionPaths.councilReplies(actionId), JsonMapping.lenient().writeValueAsString(
                new CouncilReplyRequest(text, null, close, outcome)), java.util.UUID.randomUUID().toString(), null);
    }

    @Override
    public void close() {
        cache.close();
        server.close();
    }
}
