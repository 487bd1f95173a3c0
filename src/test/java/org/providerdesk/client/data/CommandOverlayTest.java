package org.providerdesk.client.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ActionCommentView;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.DecisionRequest;
import org.providerdesk.api.NewActionRequest;
import org.providerdesk.api.ReplyRequest;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.ConfirmSchedule;
import org.providerdesk.client.commands.RaiseAction;
import org.providerdesk.client.commands.RejectSchedule;
import org.providerdesk.client.commands.ReplyToAction;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;

/** What the user did shows at once where it belongs, until the sync brings the portal's own rows. */
class CommandOverlayTest {

    @TempDir
    Path home;
    private TestServer server;
    private LocalCache cache;
    private SyncEngine engine;
    private Commands commands;
    private long providerId;
    private LocalDate today;

    @BeforeEach
    void syncTheDemoProvider() {
        server = TestServer.start();
        PortalClient client = server.newClient();
        providerId = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).user().providers().get(0).id();
        cache = LocalCache.open(home.resolve("cache"), DemoUsers.PASSWORD.toCharArray(), new CacheKey(1_000));
        engine = new SyncEngine(client, cache, Clock.systemUTC(), 500, ApplyFaults.NONE);
        engine.sync(providerId, status -> { });
        commands = new Commands(new Outbox(cache));
        today = LocalDate.ofInstant(server.clock().instant(), ZoneId.of("Europe/London"));
    }

    @AfterEach
    void stop() {
        cache.close();
        server.close();
    }

    private ScheduleSummary anUnconfirmedSchedule() {
        for (int year : new Periods(cache).years(providerId)) {
            for (Listed<ScheduleSummary> listed : new Schedules(cache).ofYear(providerId, year)) {
                if (listed.row().status() == ScheduleStatus.UNCONFIRMED) {
                    return listed.row();
                }
            }
        }
        throw new AssertionError("the demo provider has an unconfirmed schedule");
    }

    @Test
    void commandsShowWhereTheyBelongUntilTheSyncBringsThePortalsRows() {
        ActionView open = new ActionList(cache).list(providerId, true, today).actions().get(0).row();
        long clientId = new Clients(cache).all(providerId).get(0).id();
        ScheduleSummary schedule = anUnconfirmedSchedule();
        String etag = new Schedules(cache).etag(providerId, schedule.id()).orElseThrow();
        Instant now = Instant.now();

        commands.submit(new RaiseAction(providerId, new NewActionRequest(ActionType.CONTRACT_QUERY, RelatedTo.CLIENT,
                clientId, null, "ASC_SERVICE_AGREEMENT", "Overlay test action", "Admitted to hospital.", null)), now);
        commands.submit(new ReplyToAction(providerId, open.id(),
                new ReplyRequest("Overlay test reply", "ASC_SERVICE_AGREEMENT")), now);
        commands.submit(new ConfirmSchedule(providerId, schedule.id(), etag, new DecisionRequest("All correct")), now);

        Listed<ActionView> raised = raisedTitled("Overlay test action");
        assertEquals("Waiting to send", raised.pending().label());
        assertTrue(raised.row().id() < 0);
        Listed<ActionCommentView> reply = last(new ActionComments(cache).of(providerId, open.id()));
        assertEquals("Overlay test reply", reply.row().text());
        assertEquals("Waiting to send", reply.pending().label());
        assertEquals("Confirmation waiting to send",
                new Schedules(cache).find(providerId, schedule.id()).orElseThrow().pending().label());

        engine.sync(providerId, status -> { });

        Listed<ActionView> synced = raisedTitled("Overlay test action");
        assertNull(synced.pending(), "the portal's row replaced the overlay");
        assertTrue(synced.row().id() > 0);
        Listed<ActionCommentView> syncedReply = last(new ActionComments(cache).of(providerId, open.id()));
        assertEquals("Overlay test reply", syncedReply.row().text());
        assertFalse(syncedReply.isPending());
        Listed<ScheduleSummary> confirmed = new Schedules(cache).find(providerId, schedule.id()).orElseThrow();
        assertNull(confirmed.pending());
        assertEquals(ScheduleStatus.CONFIRMED, confirmed.row().status());
    }

    @Test
    void aRefusedCommandReopensAsItsRecordAndIsResentEditedUnderANewKey() {
        ScheduleSummary schedule = anUnconfirmedSchedule();
        Outbox.Item stale = commands.submit(new RejectSchedule(providerId, schedule.id(), "\"1\"",
                new DecisionRequest("Two residents are missing")), Instant.now());

        engine.sync(providerId, status -> { });

        assertEquals(Outbox.State.REFUSED, new Outbox(cache).find(stale.id()).orElseThrow().state());
        Listed.Pending shown = new Schedules(cache).find(providerId, schedule.id()).orElseThrow().pending();
        assertTrue(shown.refused());
        assertEquals("Rejection refused: see Waiting to send", shown.label());
        RejectSchedule reopened = assertInstanceOf(RejectSchedule.class, commands.load(stale.id()).orElseThrow());
        assertEquals("Two residents are missing", reopened.request().comments());

        String fresh = new Schedules(cache).etag(providerId, schedule.id()).orElseThrow();
        commands.editAndResend(stale.id(), new RejectSchedule(providerId, schedule.id(), fresh,
                new DecisionRequest("Two residents are missing: Ward and Hale")), Instant.now());
        Outbox.Item resent = new Outbox(cache).find(stale.id()).orElseThrow();
        assertEquals(Outbox.State.PENDING, resent.state());
        assertNotEquals(stale.idempotencyKey(), resent.idempotencyKey());
        assertEquals("Rejection waiting to send",
                new Schedules(cache).find(providerId, schedule.id()).orElseThrow().pending().label());

        engine.sync(providerId, status -> { });

        // delivered, and its effect pulled in the same sync: the outbox no longer keeps it (issue 12)
        assertTrue(new Outbox(cache).find(stale.id()).isEmpty());
        Listed<ScheduleSummary> rejected = new Schedules(cache).find(providerId, schedule.id()).orElseThrow();
        assertEquals(ScheduleStatus.REJECTED, rejected.row().status());
        assertEquals("Two residents are missing: Ward and Hale", rejected.row().comments());
        assertNull(rejected.pending());
    }

    private Listed<ActionView> raisedTitled(String title) {
        List<Listed<ActionView>> found = new ActionList(cache).list(providerId, true, today).actions().stream()
                .filter(listed -> listed.row().title().equals(title)).toList();
        assertEquals(1, found.size(), "shown once, never twice");
        return found.get(0);
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }
}
