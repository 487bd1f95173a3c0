package org.providerdesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.sync.OutboxPusher;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** When the portal ends a session, the desktop asks for a new login and keeps the user's saved work. */
class SessionExpiryTest {

    @TempDir
    Path home;

    @Test
    void aSessionEndedOnThePortalDropsTheTokenAsksForLoginAndKeepsTheOutbox() {
        try (TestServer server = TestServer.start()) {
            PortalClient client = server.newClient();
            var session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
            long providerId = session.user().providers().get(0).id();
            AtomicInteger asked = new AtomicInteger();
            client.onSessionExpired(asked::incrementAndGet);
            assertEquals(204, RawHttp.post(server, ApiPaths.LOGOUT, session.token(), "{}").status());

            try (LocalCache cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), new CacheKey(1_000))) {
                Outbox outbox = new Outbox(cache);
                outbox.enqueue(new Outbox.Command(providerId, "Reply", "replyToAction",
                        "{\"providerId\":" + providerId + ",\"actionId\":1,\"request\":{\"text\":\"Hello\"}}"),
                        Clock.systemUTC().instant());

                OutboxPusher.Pushed pushed = new OutboxPusher(client, outbox, Clock.systemUTC()).push();

                assertTrue(pushed.signedOut());
                assertEquals(1, outbox.countWaiting(), "the saved command waits for the next login");
            }
            assertFalse(client.isSignedIn());
            assertEquals(1, asked.get());

            PortalClient other = server.newClient();
            String token = server.logIn(other, DemoUsers.SINGLE_HOME_MANAGER).token();
            RawHttp.post(server, ApiPaths.LOGOUT, token, "{}");
            SessionExpiredException expired = assertThrows(SessionExpiredException.class, other::me);
            assertEquals(401, expired.status());
            assertEquals(SessionExpiredException.MESSAGE, expired.getMessage());
            assertFalse(other.isSignedIn());
        }
    }
}
