package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Home-care actual hours, and payments in the sync feed. */
class ActualsTest {

    private static TestServer server;
    private static PaymentsHttp http;
    private static String priya;
    private static long homeCare;
    private static long oakleafHouse;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new PaymentsHttp(server);
        priya = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();
        var jdbc = server.server().database().jdbc();
        homeCare = jdbc.first("SELECT id FROM provider WHERE name = 'Oakleaf Home Care'", r -> r.getLong(1))
                .orElseThrow();
        oakleafHouse = jdbc.first("SELECT id FROM provider WHERE name = 'Oakleaf House'", r -> r.getLong(1))
                .orElseThrow();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String line(JsonNode line, BigDecimal hours) {
        return "{\"lineItemId\":" + line.get("lineItemId").asLong() + ",\"hours\":" + hours.toPlainString() + "}";
    }

    private static BigDecimal hoursAtProvision(JsonNode line) {
        return line.get("contractedProvision").decimalValue().divide(line.get("unitRate").decimalValue(), 2,
                RoundingMode.DOWN);
    }

    @Test
    void homeCareActualsOverProvisionAreSuspended() {
        long id = http.currentScheduleId(priya, homeCare);
        JsonNode before = http.detail(priya, homeCare, id);
        JsonNode within = before.get("payableLines").get(0);
        JsonNode over = before.get("payableLines").get(1);

        RawHttp.Answer answer = http.act(priya, PaymentPaths.SCHEDULE_ACTUALS, homeCare, id, "{\"lines\":["
                + line(within, hoursAtProvision(within)) + "," + line(over, hoursAtProvision(over).add(BigDecimal.TEN))
                + "]}");

        assertEquals(200, answer.status(), answer.body());
        JsonNode after = PaymentsHttp.json(answer);
        Map<Long, String> status = new HashMap<>();
        after.get("payableLines").forEach(l -> status.put(l.get("id").asLong(), "PAYABLE"));
        after.get("nonPayableLines").forEach(l -> status.put(l.get("id").asLong(), "SUSPENDED"));
        assertEquals("PAYABLE", status.get(within.get("id").asLong()));
        assertEquals("SUSPENDED", status.get(over.get("id").asLong()));
        assertNotEquals(before.get("etag"), after.get("etag"));
        assertTrue(after.get("summary").get("suspendedLines").asInt() >= 1);
        assertEquals("UNCONFIRMED", after.get("summary").get("status").asText());
        assertTrue(after.get("summary").has("actualsSubmittedAt"));
    }

    @Test
    void actualsAreForHomeCareOnly() {
        long id = http.currentScheduleId(priya, oakleafHouse);
        JsonNode first = http.detail(priya, oakleafHouse, id).get("payableLines").get(0);

        RawHttp.Answer answer = http.act(priya, PaymentPaths.SCHEDULE_ACTUALS, oakleafHouse, id,
                "{\"lines\":[" + line(first, BigDecimal.ONE) + "]}");

        assertEquals(409, answer.status(), answer.body());
    }

    @Test
    void negativeAbsurdOrUnknownHoursAreRefusedAndNothingIsWritten() {
        long id = http.currentScheduleId(priya, homeCare);
        JsonNode detail = http.detail(priya, homeCare, id);
        JsonNode first = detail.get("payableLines").get(2);
        String etag = detail.get("etag").asText();
        String path = PaymentPaths.schedule(PaymentPaths.SCHEDULE_ACTUALS, homeCare, id);

        RawHttp.Answer negative = http.post(priya, path, "{\"lines\":[" + line(first, BigDecimal.valueOf(-1)) + "]}",
                PaymentsHttp.newKey(), etag);
        RawHttp.Answer absurd = http.post(priya, path, "{\"lines\":[" + line(first, BigDecimal.valueOf(700)) + "]}",
                PaymentsHttp.newKey(), etag);
        RawHttp.Answer mixed = http.post(priya, path, "{\"lines\":[" + line(first, BigDecimal.TEN)
                + ",{\"lineItemId\":987654,\"hours\":3}]}", PaymentsHttp.newKey(), etag);
        RawHttp.Answer wrongType = http.post(priya, path, "{\"lines\":[{\"lineItemId\":\"abc\",\"hours\":3}]}",
                PaymentsHttp.newKey(), etag);
        RawHttp.Answer empty = http.post(priya, path, "{\"lines\":[]}", PaymentsHttp.newKey(), etag);

        assertEquals(400, negative.status());
        assertTrue(negative.body().contains("\"lines[0].hours\""), negative.body());
        assertEquals(400, absurd.status());
        assertTrue(absurd.body().contains("168 a week"), absurd.body());
        assertEquals(400, mixed.status());
        assertTrue(mixed.body().contains("\"lines[1].lineItemId\""), mixed.body());
        assertEquals(400, wrongType.status());
        assertTrue(wrongType.body().contains("lineItemId"), wrongType.body());
        assertEquals(400, empty.status());
        assertTrue(empty.body().contains("\"lines\""));
        JsonNode after = http.detail(priya, homeCare, id);
        assertEquals(etag, after.get("etag").asText());
        assertTrue(after.get("payableLines").get(2).get("actualHours") == null
                || after.get("payableLines").get(2).get("actualHours").isNull());
    }

    @Test
    void actualsNeedTheCurrentEtagAndTwoDecimalsAtMost() {
        long id = http.currentScheduleId(priya, homeCare);
        JsonNode first = http.detail(priya, homeCare, id).get("payableLines").get(4);
        String path = PaymentPaths.schedule(PaymentPaths.SCHEDULE_ACTUALS, homeCare, id);
        String body = "{\"lines\":[" + line(first, BigDecimal.ONE) + "]}";

        RawHttp.Answer stale = http.post(priya, path, body, PaymentsHttp.newKey(), "\"1\"");
        RawHttp.Answer missing = http.post(priya, path, body, PaymentsHttp.newKey(), null);
        RawHttp.Answer fine = http.act(priya, PaymentPaths.SCHEDULE_ACTUALS, homeCare, id,
                "{\"lines\":[" + line(first, new BigDecimal("1.125")) + "]}");

        assertEquals(412, stale.status(), stale.body());
        assertEquals(428, missing.status(), missing.body());
        assertEquals(400, fine.status(), fine.body());
        assertTrue(fine.body().contains("\"lines[0].hours\""), fine.body());
    }

    @Test
    void schedulesAndLinesAppearInTheChangesFeed() {
        String changes = ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, homeCare);
        JsonNode everything = http.getOk(changes + "?after=0&limit=5000", priya);
        assertEquals(false, everything.get("hasMore").asBoolean());
        Map<String, Integer> kinds = new HashMap<>();
        everything.get("changes").forEach(c -> kinds.merge(c.get("kind").asText(), 1, Integer::sum));
        assertEquals(78, kinds.get(SyncKinds.PERIOD), "six years of periods, council-wide");
        for (String kind : new String[] {SyncKinds.SCHEDULE, SyncKinds.SCHEDULE_LINE, SyncKinds.PAYMENT_RUN,
            SyncKinds.REMITTANCE_LINE}) {
            assertTrue(kinds.getOrDefault(kind, 0) > 0, kind);
        }

        long id = http.currentScheduleId(priya, homeCare);
        JsonNode line = http.detail(priya, homeCare, id).get("payableLines").get(3);
        RawHttp.Answer answer = http.act(priya, PaymentPaths.SCHEDULE_ACTUALS, homeCare, id,
                "{\"lines\":[" + line(line, BigDecimal.ONE) + "]}");
        assertEquals(200, answer.status(), answer.body());
        JsonNode next = http.getOk(changes + "?after=" + everything.get("nextCursor").asLong() + "&limit=100", priya);

        Map<String, Long> changed = new HashMap<>();
        next.get("changes").forEach(c -> changed.put(c.get("kind").asText(), c.get("id").asLong()));
        assertEquals(Map.of(SyncKinds.SCHEDULE, id, SyncKinds.SCHEDULE_LINE, line.get("id").asLong()), changed);
    }
}
