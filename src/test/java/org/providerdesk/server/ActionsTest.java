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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ActionDetail;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.TeamView;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** A provider's users raise, read and reply to actions through the real server. */
class ActionsTest {

    private static final String WEEK_BEFORE = "2026-11-16";
    private static final String SUNDAY = "2026-11-22";

    private static TestServer server;
    private static ActionsFixture fixture;
    private static String helen;
    private static long rosewood;
    private static long oakleafHouse;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fixture = new ActionsFixture(server);
        helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        rosewood = fixture.providerId("Rosewood Lodge Care Home");
        oakleafHouse = fixture.providerId("Oakleaf House");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Answer raise(Object body) {
        return RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key(), json(body));
    }

    private static ActionView raised(Object body) {
        RawHttp.Answer answer = raise(body);
        assertEquals(201, answer.status(), answer.body());
        return read(answer, ActionView.class);
    }

    private static List<ActionView> list(String query) {
        RawHttp.Answer answer = RawHttp.get(server, ActionPaths.providerActions(rosewood) + query, helen);
        assertEquals(200, answer.status(), answer.body());
        return read(answer, new TypeReference<>() { });
    }

    @Test
    void listsOpenActionsOnlyUnlessAskedForAll() {
        List<ActionView> open = list("");
        List<ActionView> all = list("?openOnly=false");

        assertFalse(open.isEmpty());
        assertTrue(open.stream().allMatch(action -> action.status() == ActionStatus.OPEN));
        assertTrue(all.stream().anyMatch(action -> action.status() == ActionStatus.CLOSED));
        assertTrue(all.size() > open.size());
        assertTrue(all.stream().allMatch(action -> action.providerId() == rosewood));
    }

    @Test
    void theDemoHomeShowsAmberOrRed() {
        JsonNodeSummary summary = summary();
        assertTrue(summary.level().equals("AMBER") || summary.level().equals("RED"), summary.toString());
        assertTrue(summary.open() > 0);
    }

    private record JsonNodeSummary(String level, long open, long overdue) {
    }

    private static JsonNodeSummary summary() {
        RawHttp.Answer answer = RawHttp.get(server, ActionPaths.providerActions(rosewood) + "/summary", helen);
        assertEquals(200, answer.status(), answer.body());
        var node = read(answer);
        return new JsonNodeSummary(node.get("level").asText(), node.get("open").asLong(), node.get("overdue").asLong());
    }

    @Test
    void raisesAVariationWithinTheLimit() {
        long client = fixture.aClientOf(rosewood);

        ActionView action = raised(variationAbout(client, variation("14", "17.5", "86.80", WEEK_BEFORE, SUNDAY)));

        assertEquals(ActionType.VARIATION, action.type());
        assertEquals(ActionStatus.OPEN, action.status());
        assertEquals(client, action.clientId());
        assertEquals("ASC_BROKERAGE", action.assignedTeam().code());
        assertEquals(LocalDate.of(2026, 12, 7), action.dueDate(), "10 working days after Monday 23 November");
        assertEquals(0, new BigDecimal("86.80").compareTo(action.variation().extraValue()));
        assertEquals("Helen Marsh", action.raisedBy());
        assertFalse(action.overdue());
    }

    @Test
    void refusesAVariationOverOneHundredFiftyPounds() {
        long before = fixture.actionCount();

        RawHttp.Answer answer = raise(variationAbout(fixture.aClientOf(rosewood),
                variation("14", "21", "150.01", WEEK_BEFORE, SUNDAY)));

        assertProblemNaming(answer, 422, "variation.extraValue");
        assertEquals(ProblemTypes.RULE_BROKEN, read(answer).get("type").asText());
        assertEquals(before, fixture.actionCount(), "nothing written");
    }

    @Test
    void refusesAVariationLongerThanAWeek() {
        RawHttp.Answer answer = raise(variationAbout(fixture.aClientOf(rosewood),
                variation("14", "21", "100", "2026-11-15", SUNDAY)));

        assertProblemNaming(answer, 422, "variation.to");
    }

    @Test
    void refusesAVariationWhoseActualHoursAreNotOverTheContract() {
        RawHttp.Answer answer = raise(variationAbout(fixture.aClientOf(rosewood),
                variation("14", "14", "10", WEEK_BEFORE, SUNDAY)));

        assertProblemNaming(answer, 422, "variation.actualHours");
    }

    @Test
    void refusesAVariationWithoutTheTemplatesFields() {
        RawHttp.Answer missing = raise(variationAbout(fixture.aClientOf(rosewood), Map.of("reason", "")));
        RawHttp.Answer none = raise(variationAbout(fixture.aClientOf(rosewood), null));

        for (String field : List.of("variation.contractedHours", "variation.dayOrWeek", "variation.actualHours",
                "variation.reason", "variation.extraValue", "variation.from", "variation.to")) {
            assertProblemNaming(missing, 400, field);
        }
        assertProblemNaming(none, 400, "variation");
    }

    @Test
    void raisesAContractQueryAboutALineItemAndFillsInTheClient() {
        long lineItem = fixture.aLineItemOf(rosewood);
        Map<String, Object> body = new java.util.LinkedHashMap<>(queryAbout("CONTRACT_QUERY", 0));
        body.remove("clientId");
        body.put("relatedTo", "LINE_ITEM");
        body.put("lineItemId", lineItem);
        body.put("assignTeam", "ASC_SERVICE_AGREEMENT");
        body.put("title", "Hospital admission");

        ActionView action = raised(body);

        assertEquals(RelatedTo.LINE_ITEM, action.relatedTo());
        assertEquals(lineItem, action.lineItemId());
        assertEquals(fixture.clientOfLineItem(lineItem), action.clientId());
        assertTrue(action.clientReference().startsWith("CL"));
    }

    @Test
    void providerCannotRaiseAnActionForAnotherProvidersClient() {
        long before = fixture.actionCount();
        Map<String, Object> theirLineItem = new java.util.LinkedHashMap<>(queryAbout("CONTRACT_QUERY", 0));
        theirLineItem.remove("clientId");
        theirLineItem.put("relatedTo", "LINE_ITEM");
        theirLineItem.put("lineItemId", fixture.aLineItemOf(oakleafHouse));

        assertProblemNaming(raise(queryAbout("PAYMENT_QUERY", fixture.aClientOf(oakleafHouse))), 422, "clientId");
        assertProblemNaming(raise(theirLineItem), 422, "lineItemId");
        assertProblemNaming(raise(queryAbout("PAYMENT_QUERY", 987_654_321L)), 422, "clientId");
        assertEquals(before, fixture.actionCount());
    }

    @Test
    void anotherProvidersActionIsNotFound() {
        long theirs = fixture.count("SELECT MIN(id) FROM action WHERE provider_id = ?", oakleafHouse);

        RawHttp.Answer read = RawHttp.get(server, ActionPaths.providerAction(rosewood, theirs), helen);
        RawHttp.Answer reply = RawHttp.post(server, ActionPaths.providerReplies(rosewood, theirs), helen, key(),
                json(Map.of("text", "Hello", "assignTeam", "ASC_BROKERAGE")));

        assertEquals(404, read.status());
        assertEquals(404, reply.status());
    }

    @Test
    void sameIdempotencyKeyTwiceRaisesOneAction() {
        String key = key();
        String body = json(queryAbout("PAYMENT_QUERY", fixture.aClientOf(rosewood)));
        long before = fixture.count("SELECT COUNT(*) FROM action");

        RawHttp.Answer first = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key, body);
        RawHttp.Answer retry = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key, body);

        assertEquals(201, first.status(), first.body());
        assertEquals(201, retry.status());
        assertEquals(first.body(), retry.body());
        assertEquals(before + 1, fixture.count("SELECT COUNT(*) FROM action"));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String key = key();
        long client = fixture.aClientOf(rosewood);
        RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key,
                json(queryAbout("PAYMENT_QUERY", client)));

        RawHttp.Answer other = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key,
                json(queryAbout("CONTRACT_QUERY", client)));

        assertEquals(422, other.status());
        assertEquals(ProblemTypes.IDEMPOTENCY_KEY_REUSED, read(other).get("type").asText());
    }

    @Test
    void missingIdempotencyKeyIs400() {
        RawHttp.Answer answer = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen,
                json(queryAbout("PAYMENT_QUERY", fixture.aClientOf(rosewood))));

        assertProblemNaming(answer, 400, "Idempotency-Key");
    }

    @Test
    void aReplyAssignsItsTeamAndComesLastInTheHistory() {
        ActionView action = raised(queryAbout("PAYMENT_QUERY", fixture.aClientOf(rosewood)));
        server.clock().advance(java.time.Duration.ofMinutes(5));

        RawHttp.Answer answer = RawHttp.post(server, ActionPaths.providerReplies(rosewood, action.id()), helen, key(),
                json(Map.of("text", "Any news on this?", "assignTeam", "RESIDENTIAL_PAYMENTS")));
        ActionDetail detail = read(RawHttp.get(server, ActionPaths.providerAction(rosewood, action.id()), helen),
                ActionDetail.class);

        assertEquals(201, answer.status(), answer.body());
        assertEquals("RESIDENTIAL_PAYMENTS", detail.action().assignedTeam().code());
        assertEquals(CommentSide.PROVIDER, detail.comments().get(detail.comments().size() - 1).side());
        assertEquals("Helen Marsh", detail.comments().get(0).author());
        assertTrue(detail.action().lastActivityAt().isAfter(detail.action().raisedAt()));
    }

    @Test
    void replyOnAClosedActionIsAConflict() {
        long closed = list("?openOnly=false").stream().filter(action -> action.status() == ActionStatus.CLOSED)
                .findFirst().orElseThrow().id();
        long before = fixture.actionCount();

        RawHttp.Answer answer = RawHttp.post(server, ActionPaths.providerReplies(rosewood, closed), helen, key(),
                json(Map.of("text", "One more thing", "assignTeam", "ASC_BROKERAGE")));

        assertEquals(409, answer.status(), answer.body());
        assertEquals(ProblemTypes.CONFLICT, read(answer).get("type").asText());
        assertEquals(before, fixture.actionCount());
    }

    @Test
    void badInputIsAProblemNamingTheFieldNeverAFailure() {
        long client = fixture.aClientOf(rosewood);
        long before = fixture.actionCount();
        Map<String, Object> unknownType = new java.util.LinkedHashMap<>(queryAbout("PAYMENT_QUERY", client));
        unknownType.put("type", "COMPLAINT");
        Map<String, Object> longTitle = new java.util.LinkedHashMap<>(queryAbout("PAYMENT_QUERY", client));
        longTitle.put("title", "x".repeat(201));
        Map<String, Object> noTeam = new java.util.LinkedHashMap<>(queryAbout("PAYMENT_QUERY", client));
        noTeam.put("assignTeam", "NO_SUCH_TEAM");
        Map<String, Object> wrongType = new java.util.LinkedHashMap<>(queryAbout("PAYMENT_QUERY", client));
        wrongType.put("clientId", "the one in room 4");

        assertEquals(400, RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key(), "{\"type\":")
                .status());
        for (String junk : List.of("null", "[]", "\"raise\"", "{\"variation\": []}", "{\"clientId\": 1.5}")) {
            RawHttp.Answer answer = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen, key(), junk);
            assertEquals(400, answer.status(), junk + " -> " + answer.body());
            assertEquals("application/problem+json", answer.contentType());
        }
        assertProblemNaming(raise(Map.of()), 400, "type");
        assertProblemNaming(raise(unknownType), 400, "type");
        assertProblemNaming(raise(longTitle), 400, "title");
        assertProblemNaming(raise(noTeam), 400, "assignTeam");
        assertProblemNaming(raise(wrongType), 400, "clientId");
        assertProblemNaming(raise(variationAbout(client, variation("-3", "1e10", "-1", "1900-01-01", "2200-01-01"))),
                400, "variation.contractedHours");
        assertProblemNaming(raise(variationAbout(client, variation("14", "17", "10", "1900-01-01", "1900-01-02"))),
                400, "variation.from");
        assertProblemNaming(raise(variationAbout(client, variation("14", "17", "1e9999", WEEK_BEFORE, SUNDAY))),
                400, "variation.extraValue");
        assertEquals(before, fixture.actionCount(), "nothing half-written");
    }

    @Test
    void badQueryParametersAreNamed() {
        assertProblemNaming(RawHttp.get(server, ActionPaths.providerActions(rosewood) + "?openOnly=maybe", helen),
                400, "openOnly");
        assertProblemNaming(RawHttp.get(server, ActionPaths.providerActions(rosewood) + "?limit=0", helen),
                400, "limit");
        assertEquals(404, RawHttp.get(server, ActionPaths.providerActions(rosewood) + "/abc", helen).status());
    }

    @Test
    void teamsListsEveryTeamForAssignTo() {
        List<TeamView> teams = read(RawHttp.get(server, ActionPaths.TEAMS, helen), new TypeReference<>() { });

        assertTrue(teams.contains(new TeamView("ASC_BROKERAGE", "ASC Brokerage Team")));
        assertTrue(teams.stream().anyMatch(team -> team.code().equals("NASC_PAYMENTS")));
    }

    @Test
    void aCommentsOrderIsOldestFirst() {
        long withHistory = fixture.count("SELECT MIN(a.id) FROM action a WHERE a.provider_id = ? AND "
                + "(SELECT COUNT(*) FROM action_comment m WHERE m.action_id = a.id) > 2", rosewood);
        ActionDetail detail = read(RawHttp.get(server, ActionPaths.providerAction(rosewood, withHistory), helen),
                ActionDetail.class);

        for (int i = 1; i < detail.comments().size(); i++) {
            assertFalse(detail.comments().get(i).createdAt().isBefore(detail.comments().get(i - 1).createdAt()));
        }
        assertTrue(detail.comments().size() > 2);
    }
}
