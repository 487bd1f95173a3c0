package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.NewActionRequest;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.client.PortalClient;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.ServerProcess;
import org.providerdesk.testing.TestDatabases;

/**
 * The standalone server killed with SIGKILL in the middle of a stream of writes, then started again on the same
 * database (an H2 file, or PostgreSQL in the PostgreSQL run): every write it acknowledged is there exactly once,
 * and the desktop's retries of the unacknowledged ones (same Idempotency-Key, same body) add each exactly once.
 */
class CrashRecoveryTest {

    private static final ObjectMapper JSON = JsonMapping.lenient();
    private static final int WRITERS = 4;
    private static final int ACKS_BEFORE_KILL = 24;
    private static final int READY_SECONDS = 120;

    /** A raise-action command as the outbox keeps it: the key and body it is sent with every time. */
    private record Sent(String title, String key, String body) {
    }

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyAcknowledgedWriteSurvivesAKillOnceAndRetriesAddNoDuplicates() throws Exception {
        String[] db = TestDatabases.onPostgres() ? TestDatabases.fresh()
                : new String[] {"jdbc:h2:file:" + folder.resolve("portal"), "sa", ""};
        List<Sent> acknowledged = new ArrayList<>();
        ConcurrentLinkedQueue<Sent> unanswered = new ConcurrentLinkedQueue<>();
        // One desktop all along: it follows the server to its new address and keeps its session token.
        AtomicReference<HttpUrl> server = new AtomicReference<>();
        PortalClient client = new PortalClient(server::get);
        long providerId;
        try (ServerProcess first = ServerProcess.start(db[0], db[1], db[2], READY_SECONDS)) {
            server.set(HttpUrl.get(first.baseUrl()));
            var session = ServerProcess.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
            providerId = session.user().providers().get(0).id();
            long clientId = aClientOf(client, providerId);

            ConcurrentLinkedQueue<Sent> acked = new ConcurrentLinkedQueue<>();
            AtomicInteger ackCount = new AtomicInteger();
            CountDownLatch enough = new CountDownLatch(1);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                Thread thread = new Thread(() -> {
                    for (int n = 0; n < 10_000; n++) {
                        Sent sent = raise(providerId, clientId, "Crash " + writer + "-" + n);
                        try {
                            client.sendCommand("POST", ActionPaths.providerActions(providerId), sent.body(),
                                    sent.key(), null);
                            acked.add(sent);
                            if (ackCount.incrementAndGet() >= ACKS_BEFORE_KILL) {
                                enough.countDown();
                            }
                        } catch (RuntimeException e) {
                            unanswered.add(sent); // kept in the outbox, sent again later with the same key
                            return;
                        }
                    }
                }, "writer-" + w);
                writers.add(thread);
                thread.start();
            }
            assertTrue(enough.await(READY_SECONDS, TimeUnit.SECONDS), "the stream of writes never got going");
            first.kill();
            for (Thread thread : writers) {
                thread.join(TimeUnit.SECONDS.toMillis(60));
            }
            acknowledged.addAll(acked);
        }
        assertEquals(WRITERS, unanswered.size(), "each writer was cut off with one write unanswered");

        try (ServerProcess second = ServerProcess.start(db[0], db[1], db[2], READY_SECONDS)) {
            server.set(HttpUrl.get(second.baseUrl()));
            PortalClient signedIn = client; // the session lives in the database: the same token still works
            for (Sent sent : unanswered) {
                signedIn.sendCommand("POST", ActionPaths.providerActions(providerId), sent.body(), sent.key(), null);
            }
            for (Sent sent : unanswered) { // a second retry (the answer lost again) changes nothing either
                signedIn.sendCommand("POST", ActionPaths.providerActions(providerId), sent.body(), sent.key(), null);
            }
            Map<String, Integer> titles = actionTitles(signedIn, providerId);
            for (Sent sent : acknowledged) {
                assertEquals(1, titles.getOrDefault(sent.title(), 0), "acknowledged " + sent.title());
            }
            for (Sent sent : unanswered) {
                assertEquals(1, titles.getOrDefault(sent.title(), 0), "retried " + sent.title());
            }
            long crashRows = titles.entrySet().stream().filter(e -> e.getKey().startsWith("Crash "))
                    .mapToLong(Map.Entry::getValue).sum();
            assertEquals(acknowledged.size() + unanswered.size(), crashRows, "no other row appeared");
            assertTrue(acknowledged.size() >= ACKS_BEFORE_KILL);
        }
    }

    private static Sent raise(long providerId, long clientId, String title) {
        NewActionRequest request = new NewActionRequest(ActionType.PAYMENT_QUERY, RelatedTo.CLIENT, clientId, null,
                "NASC_PAYMENTS", title, "Written while the server may be killed.", null);
        try {
            return new Sent(title, UUID.randomUUID().toString(), JSON.writeValueAsString(request));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long aClientOf(PortalClient client, long providerId) {
        long[] found = {-1};
        readAll(client, providerId, (kind, data) -> {
            if (kind.equals(SyncKinds.CLIENT) && found[0] < 0) {
                found[0] = data.path("id").asLong();
            }
        });
        assertTrue(found[0] > 0, "the provider has a client");
        return found[0];
    }

    /** Every action's title in the provider's sync feed, with how many rows carry it. */
    private static Map<String, Integer> actionTitles(PortalClient client, long providerId) {
        Map<String, Integer> titles = new HashMap<>();
        readAll(client, providerId, (kind, data) -> {
            if (kind.equals(SyncKinds.ACTION)) {
                titles.merge(data.path("title").asText(), 1, Integer::sum);
            }
        });
        return titles;
    }

    private static void readAll(PortalClient client, long providerId,
            java.util.function.BiConsumer<String, com.fasterxml.jackson.databind.JsonNode> sink) {
        long cursor = 0;
        for (int page = 0; page < 1000; page++) {
            var end = client.readChanges(providerId, cursor, 1000, change -> {
                if (!change.deleted()) {
                    try {
                        sink.accept(change.kind(), JSON.readTree(change.dataJson()));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            cursor = end.nextCursor();
            if (!end.hasMore()) {
                return;
            }
        }
        throw new AssertionError("the feed never ended");
    }
}
