package org.providerdesk.client.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.NewActionRequest;
import org.providerdesk.api.ReplyRequest;
import org.providerdesk.client.commands.DeskCommand;
import org.providerdesk.client.commands.RaiseAction;
import org.providerdesk.client.commands.ReplyToAction;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.CuttingProxy;
import org.providerdesk.testing.MutableClock;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.ServerTruth;
import org.providerdesk.testing.TestServer;

/** Every command the user gave reaches the portal exactly once, or comes back with the portal's reason. */
class OutboxDeliveryTest {

    @TempDir
    Path home;
    private TestServer server;
    private final MutableClock deskClock = new MutableClock(TestServer.MONDAY_MORNING);

    @BeforeEach
    void start() {
        server = TestServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long clientId;

    private long firstClient(long providerId) {
        if (clientId == 0) {
            clientId = server.server().database().jdbc().first(
                    "SELECT MIN(client_id) FROM line_item WHERE provider_id = ?", row -> row.getLong(1), providerId)
                    .orElseThrow();
        }
        return clientId;
    }

    /** Titles are made unique: the demo data has actions with the usual titles already. */
    private Outbox.Command raiseAction(long providerId, String title) {
        return command(new RaiseAction(providerId, new NewActionRequest(ActionType.CONTRACT_QUERY, RelatedTo.CLIENT,
                firstClient(providerId), null, "ASC_SERVICE_AGREEMENT", title, "Admitted to hospital on Sunday.", null)));
    }

    private static Outbox.Command command(DeskCommand command) {
        try {
            return new Outbox.Command(command.providerId(), command.description(),
                    command.getClass().getSimpleName().substring(0, 1).toLowerCase()
                            + command.getClass().getSimpleName().substring(1),
                    JsonMapping.lenient().writeValueAsString(command));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private long actionsTitled(String title) {
        return server.server().database().jdbc().count("SELECT COUNT(*) FROM action WHERE title = ?", title);
    }

    @Test
    void aCommandWhoseAnswerWasLostIsAppliedOnce() throws Exception {
        try (CuttingProxy proxy = new CuttingProxy(() -> server.server().port());
                SyncFixture desk = new SyncFixture(server, home, server.baseUrl())) {
            Outbox outbox = new Outbox(desk.cache);
            OutboxPusher pusher = new OutboxPusher(desk.client, outbox, deskClock);
            Outbox.Item queued = outbox.enqueue(raiseAction(desk.providerId, "Hospital admission (test)"), deskClock.instant());
            desk.portalUrl.set(proxy.url());
            proxy.cutResponsesAfter(12);

            OutboxPusher.Pushed lost = pusher.push();

            assertTrue(lost.portalUnavailable());
            assertEquals(1, actionsTitled("Hospital admission (test)"), "the portal did it; only the answer was lost");
            assertEquals(Outbox.State.PENDING, outbox.find(queued.id()).orElseThrow().state());

            proxy.cutResponsesAfter(-1);
            deskClock.advance(Duration.ofMinutes(1));
            OutboxPusher.Pushed retried = pusher.push();

            assertEquals(1, retried.sent());
            assertEquals(Outbox.State.SENT, outbox.find(queued.id()).orElseThrow().state());
            assertEquals(1, actionsTitled("Hospital admission (test)"), "the retry was recognised, not applied again");
        }
    }

    @Test
    void commandsQueuedWhileThePortalIsDownGoInOrderWhenItIsBack() {
        try (SyncFixture desk = new SyncFixture(server, home, server.baseUrl())) {
            Outbox outbox = new Outbox(desk.cache);
            OutboxPusher pusher = new OutboxPusher(desk.client, outbox, deskClock);
            firstClient(desk.providerId);
            server.stop();
            outbox.enqueue(raiseAction(desk.providerId, "First while offline"), deskClock.instant());
            outbox.enqueue(raiseAction(desk.providerId, "Second while offline"), deskClock.instant());

            assertTrue(pusher.push().portalUnavailable());
            assertEquals(2, outbox.countWaiting());

            server.restart();
            desk.portalUrl.set(server.baseUrl());
            deskClock.advance(Duration.ofMinutes(1));
            assertEquals(2, pusher.push().sent());

            List<Long> ids = server.server().database().jdbc().list("SELECT id FROM action WHERE title LIKE "
                    + "'% while offline' ORDER BY id", row -> row.getLong(1));
            assertEquals(2, ids.size());
            assertEquals("First while offline", server.server().database().jdbc().first(
                    "SELECT title FROM action WHERE id = ?", row -> row.getString(1), ids.get(0)).orElseThrow());
        }
    }

    @Test
    void aRefusedCommandIsKeptWithThePortalsReasonAndTheRestGoOn() throws Exception {
        try (SyncFixture desk = new SyncFixture(server, home, server.baseUrl())) {
            Outbox outbox = new Outbox(desk.cache);
            OutboxPusher pusher = new OutboxPusher(desk.client, outbox, deskClock);
            outbox.enqueue(raiseAction(desk.providerId, "Client deceased (test)"), deskClock.instant());
            pusher.push();
            long actionId = server.server().database().jdbc().first("SELECT id FROM action WHERE title = ?",
                    row -> row.getLong(1), "Client deceased (test)").orElseThrow();
            String council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
            RawHttp.Answer closed = RawHttp.post(server, ActionPaths.councilReplies(actionId), council,
                    UUID.randomUUID().toString(), "{\"text\":\"Package ended.\",\"close\":true}");
            assertEquals(201, closed.status(), closed.body());

            Outbox.Item reply = outbox.enqueue(command(new ReplyToAction(desk.providerId, actionId,
                    new ReplyRequest("The funeral is on Friday.", "ASC_SERVICE_AGREEMENT"))),
                    deskClock.instant());
            Outbox.Item after = outbox.enqueue(raiseAction(desk.providerId, "Extra hours this week"),
                    deskClock.instant());
            OutboxPusher.Pushed pushed = pusher.push();

            assertEquals(1, pushed.refused());
            assertEquals(1, pushed.sent());
            Outbox.Item refused = outbox.find(reply.id()).orElseThrow();
            assertEquals(Outbox.State.REFUSED, refused.state());
            assertEquals(409, JsonMapping.lenient().readTree(refused.refusal()).get("status").asInt());
            assertEquals(Outbox.State.SENT, outbox.find(after.id()).orElseThrow().state());
        }
    }

    @Test
    void changesMadeDuringDowntimeWaitAndGoOutWhenItEnds() {
        try (SyncFixture desk = new SyncFixture(server, home, server.baseUrl())) {
            Outbox outbox = new Outbox(desk.cache);
            OutboxPusher pusher = new OutboxPusher(desk.client, outbox, deskClock);
            String council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
            RawHttp.Answer notice = RawHttp.post(server, "/api/v1/council/notices", council,
                    UUID.randomUUID().toString(), "{\"title\":\"Emergency maintenance\",\"body\":\"The portal is "
                            + "being repaired.\",\"startsAt\":\"2026-11-23T10:00:00Z\",\"endsAt\":"
                            + "\"2026-11-23T10:20:00Z\",\"downtime\":true}");
            assertEquals(201, notice.status(), notice.body());
            Outbox.Item queued = outbox.enqueue(raiseAction(desk.providerId, "Typed during downtime"),
                    deskClock.instant());

            OutboxPusher.Pushed during = pusher.push();

            assertTrue(during.portalUnavailable());
            assertEquals(0, actionsTitled("Typed during downtime"));
            assertTrue(outbox.find(queued.id()).orElseThrow().lastError().contains("Emergency maintenance")
                    || outbox.find(queued.id()).orElseThrow().lastError().contains("being repaired"));

            server.clock().advance(Duration.ofMinutes(21));
            deskClock.advance(Duration.ofMinutes(1));
            assertEquals(1, pusher.push().sent());
            assertEquals(1, actionsTitled("Typed during downtime"));
        }
    }

    @Test
    void twoDesktopsOfTheSameProviderConverge() {
        try (SyncFixture first = new SyncFixture(server, home.resolve("first"), server.baseUrl());
                SyncFixture second = new SyncFixture(server, home.resolve("second"), server.baseUrl())) {
            new Outbox(first.cache).enqueue(raiseAction(first.providerId, "Raised on the office PC"),
                    java.time.Instant.now());
            new Outbox(second.cache).enqueue(raiseAction(second.providerId, "Raised on the laptop"),
                    java.time.Instant.now());

            first.engine(500, org.providerdesk.client.cache.ApplyFaults.NONE).sync(first.providerId, s -> { });
            second.engine(500, org.providerdesk.client.cache.ApplyFaults.NONE).sync(second.providerId, s -> { });
            first.engine(500, org.providerdesk.client.cache.ApplyFaults.NONE).sync(first.providerId, s -> { });
            assertTrue(new Outbox(second.cache).waiting().isEmpty());

            var truth = ServerTruth.of(first.client, first.providerId);
            assertEquals(truth, ServerTruth.cached(first.store, first.providerId));
            assertEquals(truth, ServerTruth.cached(second.store, second.providerId));
            assertTrue(truth.values().stream().anyMatch(row -> row.contains("Raised on the laptop")));
        }
    }
}
