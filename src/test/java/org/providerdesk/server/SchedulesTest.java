package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Periods and schedules through real HTTP: reading, confirming, rejecting, If-Match and Idempotency-Key. */
class SchedulesTest {

    private static TestServer server;
    private static PaymentsHttp http;
    private static String helen;
    private static String priya;
    private static long rosewood;
    private static long oakleafHouse;
    private static long oakleafCourt;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new PaymentsHttp(server);
        var helenSession = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        helen = helenSession.token();
        rosewood = helenSession.user().providers().get(0).id();
        priya = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();
        var jdbc = server.server().database().jdbc();
        oakleafHouse = jdbc.first("SELECT id FROM provider WHERE name = 'Oakleaf House'", r -> r.getLong(1)).orElseThrow();
        oakleafCourt = jdbc.first("SELECT id FROM provider WHERE name = 'Oakleaf Court Nursing Home'",
                r -> r.getLong(1)).orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsThirteenPeriodsForAFinancialYear() {
        JsonNode periods = http.getOk(PaymentPaths.PERIODS + "?financialYear=2026", helen);

        assertEquals(13, periods.size());
        assertEquals("2026-04-01", periods.get(0).get("startDate").asText());
        assertEquals("2027-03-31", periods.get(12).get("endDate").asText());
        assertEquals("2026/27", periods.get(0).get("financialYearLabel").asText());
        assertEquals(periods, http.getOk(PaymentPaths.PERIODS, helen), "defaults to the current financial year");
        JsonNode years = http.getOk(PaymentPaths.PERIOD_YEARS, helen);
        assertEquals(6, years.size());
        assertTrue(years.findValues("current").stream().filter(JsonNode::asBoolean).count() == 1);
    }

    @Test
    void aBadFinancialYearIsRefusedNamingTheField() {
        RawHttp.Answer answer = RawHttp.get(server, PaymentPaths.PERIODS + "?financialYear=last", helen);

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"financialYear\""), answer.body());
    }

    @Test
    void theYearEndsWithTheCurrentPeriodUnconfirmedAndHasOneRejected() {
        JsonNode schedules = http.schedules(helen, rosewood);

        JsonNode current = schedules.get(schedules.size() - 1);
        assertEquals(9, current.get("period").get("number").asInt());
        assertEquals("UNCONFIRMED", current.get("status").asText());
        List<String> statuses = new ArrayList<>();
        schedules.forEach(schedule -> statuses.add(schedule.get("status").asText()));
        assertEquals(1, statuses.stream().filter("REJECTED"::equals).count());
        JsonNode rejected = schedules.get(statuses.indexOf("REJECTED"));
        assertTrue(rejected.get("comments").asText().length() > 10);
        assertEquals("Helen Marsh", rejected.get("decidedBy").asText());
        assertEquals(9, schedules.size(), "periods 1 to 9");
    }

    @Test
    void theDetailCarriesItsEtagInTheHeaderAndTheBody() throws Exception {
        long id = http.currentScheduleId(helen, rosewood);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                server.baseUrl() + PaymentPaths.schedule(PaymentPaths.SCHEDULE, rosewood, id)))
                .header("Authorization", "Bearer " + helen).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        String etag = response.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, PaymentsHttp.json(new RawHttp.Answer(200, "", response.body())).get("etag").asText());
    }

    @Test
    void confirmsTheCurrentScheduleWithComments() {
        long id = http.currentScheduleId(helen, rosewood);

        RawHttp.Answer answer = http.act(helen, PaymentPaths.SCHEDULE_CONFIRM, rosewood, id,
                "{\"comments\":\"Checked against our occupancy list\"}");

        assertEquals(200, answer.status(), answer.body());
        JsonNode summary = http.detail(helen, rosewood, id).get("summary");
        assertEquals("CONFIRMED", summary.get("status").asText());
        assertEquals("Checked against our occupancy list", summary.get("comments").asText());
        assertEquals("Helen Marsh", summary.get("decidedBy").asText());
        assertEquals("2026-11-23T10:00:00Z", summary.get("decidedAt").asText());
    }

    @Test
    void rejectNeedsAComment() {
        long id = http.currentScheduleId(priya, oakleafHouse);

        RawHttp.Answer blank = http.act(priya, PaymentPaths.SCHEDULE_REJECT, oakleafHouse, id, "{\"comments\":\" \"}");
        RawHttp.Answer none = http.act(priya, PaymentPaths.SCHEDULE_REJECT, oakleafHouse, id, "{}");

        assertEquals(400, blank.status());
        assertEquals("application/problem+json", blank.contentType());
        assertTrue(blank.body().contains("\"comments\""), blank.body());
        assertEquals(400, none.status());
        assertEquals("UNCONFIRMED", http.detail(priya, oakleafHouse, id).get("summary").get("status").asText());
        RawHttp.Answer rejected = http.act(priya, PaymentPaths.SCHEDULE_REJECT, oakleafHouse, id,
                "{\"comments\":\"A resident who left in October is still listed\"}");
        assertEquals(200, rejected.status(), rejected.body());
        assertEquals("REJECTED", PaymentsHttp.json(rejected).get("summary").get("status").asText());
    }

    @Test
    void staleIfMatchIs412() {
        long id = http.currentScheduleId(priya, oakleafCourt);

        RawHttp.Answer answer = http.post(priya, PaymentPaths.schedule(PaymentPaths.SCHEDULE_CONFIRM, oakleafCourt, id),
                "{}", PaymentsHttp.newKey(), "\"1\"");

        assertEquals(412, answer.status(), answer.body());
        assertTrue(answer.body().contains("stale"));
    }

    @Test
    void missingIfMatchIs428() {
        long id = http.currentScheduleId(priya, oakleafCourt);

        RawHttp.Answer answer = http.post(priya, PaymentPaths.schedule(PaymentPaths.SCHEDULE_CONFIRM, oakleafCourt, id),
                "{}", PaymentsHttp.newKey(), null);

        assertEquals(428, answer.status(), answer.body());
    }

    @Test
    void confirmingTwiceWithTheSameKeyConfirmsOnce() {
        long id = http.currentScheduleId(priya, oakleafCourt);
        String etag = http.detail(priya, oakleafCourt, id).get("etag").asText();
        String key = PaymentsHttp.newKey();
        String path = PaymentPaths.schedule(PaymentPaths.SCHEDULE_CONFIRM, oakleafCourt, id);
        long audited = audits("confirm schedule");

        RawHttp.Answer first = http.post(priya, path, "{}", key, etag);
        RawHttp.Answer retry = http.post(priya, path, "{}", key, etag);

        assertEquals(200, first.status(), first.body());
        assertEquals(first, retry);
        assertEquals(audited + 1, audits("confirm schedule"));
        RawHttp.Answer again = http.post(priya, path, "{}", PaymentsHttp.newKey(),
                PaymentsHttp.json(first).get("etag").asText());
        assertEquals(409, again.status(), "a new key on a decided schedule: " + again.body());
    }

    @Test
    void aPastScheduleCannotBeDecidedAgain() {
        JsonNode schedules = http.schedules(helen, rosewood);
        long confirmed = schedules.get(0).get("id").asLong();

        RawHttp.Answer answer = http.act(helen, PaymentPaths.SCHEDULE_REJECT, rosewood, confirmed,
                "{\"comments\":\"Too late\"}");

        assertEquals(409, answer.status(), answer.body());
        assertTrue(answer.body().contains("conflict"));
    }

    @Test
    void anotherProvidersScheduleIsNotFoundThroughYourOwnProvider() {
        long theirs = http.currentScheduleId(helen, rosewood);

        RawHttp.Answer read = RawHttp.get(server, PaymentPaths.schedule(PaymentPaths.SCHEDULE, oakleafHouse, theirs),
                priya);
        RawHttp.Answer notANumber = RawHttp.get(server, PaymentPaths.SCHEDULE.replace("{providerId}",
                Long.toString(oakleafHouse)).replace("{scheduleId}", "abc"), priya);

        assertEquals(404, read.status());
        assertEquals(404, notANumber.status());
    }

    @Test
    void badBodiesAreRefusedNamingTheFieldAndChangeNothing() {
        long id = http.currentScheduleId(priya, oakleafHouse);
        String before = http.detail(priya, oakleafHouse, id).get("etag").asText();

        RawHttp.Answer malformed = http.act(priya, PaymentPaths.SCHEDULE_CONFIRM, oakleafHouse, id, "{\"comments\":");
        RawHttp.Answer wrongType = http.act(priya, PaymentPaths.SCHEDULE_CONFIRM, oakleafHouse, id,
                "{\"comments\":{\"a\":1}}");
        RawHttp.Answer unknown = http.act(priya, PaymentPaths.SCHEDULE_CONFIRM, oakleafHouse, id, "{\"amount\":1}");
        RawHttp.Answer noKey = http.post(priya, PaymentPaths.schedule(PaymentPaths.SCHEDULE_CONFIRM, oakleafHouse, id),
                "{}", null, before);

        assertEquals(400, malformed.status());
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.body().contains("comments"));
        assertEquals(400, unknown.status());
        assertTrue(unknown.body().contains("amount"));
        assertEquals(400, noKey.status());
        assertTrue(noKey.body().contains("Idempotency-Key"));
        assertEquals(before, http.detail(priya, oakleafHouse, id).get("etag").asText());
    }

    @Test
    void aScheduleIsStillOpenOnTheMondayAfterItsPeriodEnds() {
        try (TestServer late = TestServer.start()) {
            PaymentsHttp lateHttp = new PaymentsHttp(late);
            late.clock().set(LocalDate.of(2026, 12, 14).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
            String token = late.logIn(late.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
            long id = lateHttp.currentScheduleId(token, rosewoodOf(late));

            RawHttp.Answer answer = lateHttp.act(token, PaymentPaths.SCHEDULE_CONFIRM, rosewoodOf(late), id, "{}");

            assertEquals(200, answer.status(), answer.body());
        }
    }

    @Test
    void afterTheDeadlineTheScheduleCannotBeDecided() {
        try (TestServer late = TestServer.start()) {
            PaymentsHttp lateHttp = new PaymentsHttp(late);
            late.clock().set(LocalDate.of(2026, 12, 17).atTime(9, 0).toInstant(java.time.ZoneOffset.UTC));
            String token = late.logIn(late.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
            long id = lateHttp.currentScheduleId(token, rosewoodOf(late));

            RawHttp.Answer answer = lateHttp.act(token, PaymentPaths.SCHEDULE_CONFIRM, rosewoodOf(late), id, "{}");

            assertEquals(409, answer.status(), answer.body());
            assertTrue(answer.body().contains("deadline"));
        }
    }

    private static long rosewoodOf(TestServer s) {
        return s.server().database().jdbc().first("SELECT id FROM provider WHERE name = 'Rosewood Lodge Care Home'",
                r -> r.getLong(1)).orElseThrow();
    }

    private static long audits(String action) {
        return server.server().database().jdbc().count("SELECT COUNT(*) FROM audit_event WHERE action = ?", action);
    }

    static void assertChanged(String before, String after) {
        assertNotEquals(before, after);
    }
}
