package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.providerdesk.server.ActionsFixture.assertProblemNaming;
import static org.providerdesk.server.ActionsFixture.json;
import static org.providerdesk.server.ActionsFixture.key;
import static org.providerdesk.server.ActionsFixture.queryAbout;
import static org.providerdesk.server.ActionsFixture.read;
import static org.providerdesk.server.ActionsFixture.variation;
import static org.providerdesk.server.ActionsFixture.variationAbout;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ActionDetail;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.ChangePage;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.server.actions.VariationApprovals;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Council staff work through the teams' queues, reply and close; providers see it all in their sync feed. */
class CouncilActionsTest {

    /** What a listener heard. */
    private record Approval(long providerId, long clientId, LocalDate from, LocalDate to) {
    }

    private static final List<Approval> HEARD = new CopyOnWriteArrayList<>();

    private static TestServer server;
    private static ActionsFixture fixture;
    private static String helen;
    private static String council;
    private static long rosewood;

    @BeforeAll
    static void start() {
        VariationApprovals recorder = (provider, client, from, to) -> HEARD.add(new Approval(provider, client, from,
                to));
        server = TestServer.startHearing(List.of(recorder));
        fixture = new ActionsFixture(server);
        helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        rosewood = fixture.providerId("Rosewood Lodge Care Home");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ActionView raiseVariation() {
        long client = fixture.aClientOf(rosewood);
        RawHttp.Answer answer = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key(),
                json(variationAbout(client, variation("14", "17.5", "86.80", "2026-11-16", "2026-11-22"))));
        assertEquals(201, answer.status(), answer.body());
        return read(answer, ActionView.class);
    }

    private static ActionView raiseQuery() {
        RawHttp.Answer answer = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key(),
                json(queryAbout("PAYMENT_QUERY", fixture.aClientOf(rosewood))));
        assertEquals(201, answer.status(), answer.body());
        return read(answer, ActionView.class);
    }

    private static RawHttp.Answer councilReply(long actionId, Object body) {
        return RawHttp.post(server, ActionPaths.councilReplies(actionId), council, key(), json(body));
    }

    @Test
    void councilListsATeamsOpenActionsSoonestDueFirst() {
        RawHttp.Answer answer = RawHttp.get(server, ActionPaths.COUNCIL_ACTIONS + "?team=ASC_BROKERAGE", council);
        List<ActionView> queue = read(answer, new TypeReference<>() { });

        assertEquals(200, answer.status());
        assertFalse(queue.isEmpty());
        assertTrue(queue.stream().allMatch(a -> a.status() == ActionStatus.OPEN
                && a.assignedTeam().code().equals("ASC_BROKERAGE")));
        for (int i = 1; i < queue.size(); i++) {
            assertFalse(queue.get(i).dueDate().isBefore(queue.get(i - 1).dueDate()));
        }
    }

    @Test
    void councilListsAreBoundedAndCheckTheirParameters() {
        assertProblemNaming(RawHttp.get(server, ActionPaths.COUNCIL_ACTIONS + "?limit=501", council), 400, "limit");
        assertProblemNaming(RawHttp.get(server, ActionPaths.COUNCIL_ACTIONS + "?team=NOPE", council), 400, "team");
        List<ActionView> two = read(RawHttp.get(server, ActionPaths.COUNCIL_ACTIONS + "?openOnly=false&limit=2",
                council), new TypeReference<>() { });
        assertEquals(2, two.size());
    }

    @Test
    void councilClosesAnApprovedVariationAndListenersHearOfIt() {
        ActionView variation = raiseVariation();

        RawHttp.Answer answer = councilReply(variation.id(), Map.of("text", "Agreed by Adult Social Care.",
                "close", true, "outcome", "APPROVED"));

        assertEquals(201, answer.status(), answer.body());
        ActionDetail detail = read(answer, ActionDetail.class);
        assertEquals(ActionStatus.CLOSED, detail.action().status());
        assertEquals(ActionOutcome.APPROVED, detail.action().outcome());
        assertEquals(CommentSide.COUNCIL, detail.comments().get(detail.comments().size() - 1).side());
        assertTrue(HEARD.contains(new Approval(rosewood, variation.clientId(), LocalDate.of(2026, 11, 16),
                LocalDate.of(2026, 11, 22))), HEARD.toString());
    }

    @Test
    void aRejectedVariationIsClosedWithoutTellingListeners() {
        ActionView variation = raiseVariation();
        int heardBefore = HEARD.size();

        RawHttp.Answer answer = councilReply(variation.id(), Map.of("text", "Not agreed: within the package.",
                "close", true, "outcome", "REJECTED"));

        assertEquals(201, answer.status(), answer.body());
        assertEquals(ActionOutcome.REJECTED, read(answer, ActionDetail.class).action().outcome());
        assertEquals(heardBefore, HEARD.size());
    }

    @Test
    void closingAVariationNeedsAnOutcomeAndOtherActionsHaveNone() {
        ActionView variation = raiseVariation();
        ActionView query = raiseQuery();

        assertProblemNaming(councilReply(variation.id(), Map.of("text", "Done.", "close", true)), 400, "outcome");
        assertProblemNaming(councilReply(query.id(), Map.of("text", "Done.", "close", true, "outcome", "APPROVED")),
                400, "outcome");
        assertProblemNaming(councilReply(query.id(), Map.of("close", true)), 400, "text");
        assertEquals(404, councilReply(987_654_321L, Map.of("text", "Hello")).status());
    }

    @Test
    void aCouncilReplyMovesTheActionToAnotherTeamAndIsIdempotent() {
        ActionView query = raiseQuery();
        String key = key();
        String body = json(Map.of("text", "Passing to residential payments.", "assignTeam", "RESIDENTIAL_PAYMENTS"));

        RawHttp.Answer first = RawHttp.post(server, ActionPaths.councilReplies(query.id()), council, key, body);
        RawHttp.Answer retry = RawHttp.post(server, ActionPaths.councilReplies(query.id()), council, key, body);

        assertEquals(201, first.status(), first.body());
        assertEquals(first.body(), retry.body());
        ActionDetail detail = read(RawHttp.get(server, ActionPaths.councilAction(query.id()), council),
                ActionDetail.class);
        assertEquals("RESIDENTIAL_PAYMENTS", detail.action().assignedTeam().code());
        assertEquals(1, detail.comments().size());
        assertEquals("Daniel Okafor", detail.comments().get(0).author());
    }

    @Test
    void councilReplyOnAClosedActionIsAConflict() {
        ActionView query = raiseQuery();
        assertEquals(201, councilReply(query.id(), Map.of("text", "Answered.", "close", true)).status());

        RawHttp.Answer again = councilReply(query.id(), Map.of("text", "One more thing."));
        RawHttp.Answer provider = RawHttp.post(server, ActionPaths.providerReplies(rosewood, query.id()), helen,
                key(), json(Map.of("text", "Thanks", "assignTeam", "NASC_PAYMENTS")));

        assertEquals(409, again.status());
        assertEquals(ProblemTypes.CONFLICT, read(again).get("type").asText());
        assertEquals(409, provider.status());
    }

    @Test
    void actionsAndCommentsAppearInTheChangesFeed() {
        long cursor = feed(0).nextCursor();
        ActionView query = raiseQuery();
        councilReply(query.id(), Map.of("text", "We are looking into it."));

        ChangePage page = feed(cursor);

        assertTrue(page.changes().stream().anyMatch(c -> c.kind().equals(SyncKinds.ACTION) && c.id() == query.id()
                && c.data().get("assignedTeam").get("code").asText().equals("NASC_PAYMENTS")));
        assertTrue(page.changes().stream().anyMatch(c -> c.kind().equals(SyncKinds.ACTION_COMMENT)
                && c.data().get("actionId").asLong() == query.id()
                && c.data().get("side").asText().equals("COUNCIL")));
        assertEquals(1, page.changes().stream().filter(c -> c.kind().equals(SyncKinds.ACTION)
                && c.id() == query.id()).count(), "the reply's new version replaces the first in the feed");
    }

    @Test
    void everyWriteIsAuditedWithoutWhatWasWritten() {
        ActionView query = raiseQuery();
        councilReply(query.id(), Map.of("text", "Answered.", "close", true));

        assertEquals(1, fixture.count("SELECT COUNT(*) FROM audit_event WHERE action = 'action.raise' AND target = ?",
                "action:" + query.id()));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM audit_event WHERE action = 'action.close' AND target = ?",
                "action:" + query.id()));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM audit_event WHERE detail LIKE '%period 7%' "
                + "OR detail LIKE '%Answered%'"));
    }

    @Test
    void aReplyRacingTheCloseIsEitherBeforeItOrAConflict() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 8; round++) {
                long id = raiseQuery().id();
                CountDownLatch go = new CountDownLatch(1);
                Future<RawHttp.Answer> close = pool.submit(() -> {
                    go.await();
                    return councilReply(id, Map.of("text", "Answered.", "close", true));
                });
                Future<RawHttp.Answer> reply = pool.submit(() -> {
                    go.await();
                    return RawHttp.post(server, ActionPaths.providerReplies(rosewood, id), helen, key(),
                            json(Map.of("text", "Also this.", "assignTeam", "NASC_PAYMENTS")));
                });
                go.countDown();

                assertEquals(201, close.get().status(), close.get().body());
                assertTrue(Set.of(201, 409).contains(reply.get().status()), reply.get().body());
                assertEquals(0, fixture.count("SELECT COUNT(*) FROM action_comment p JOIN action_comment c ON "
                        + "c.action_id = p.action_id WHERE p.action_id = ? AND p.side = 'PROVIDER' "
                        + "AND c.side = 'COUNCIL' AND p.change_no > c.change_no", id), "no reply after the close");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static ChangePage feed(long after) {
        RawHttp.Answer answer = RawHttp.get(server, ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, rosewood)
                + "?after=" + after + "&limit=5000", helen);
        assertEquals(200, answer.status(), answer.body());
        ChangePage page = read(answer, ChangePage.class);
        assertFalse(page.hasMore());
        return page;
    }
}
