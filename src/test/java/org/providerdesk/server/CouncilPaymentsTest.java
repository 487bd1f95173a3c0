package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.carepackages.CarePackageRepository;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.payments.SuspendedLineRelease;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** The council publishing and finalising periods, and suspended lines released by an approved variation. */
class CouncilPaymentsTest {

    private static TestServer server;
    private static PaymentsHttp http;
    private static Jdbc jdbc;
    private static String council;
    private static String helen;
    private static long rosewood;
    private static long oakleafHouse;
    private static JsonNode periods;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new PaymentsHttp(server);
        jdbc = server.server().database().jdbc();
        council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        helen = session.token();
        rosewood = session.user().providers().get(0).id();
        oakleafHouse = jdbc.first("SELECT id FROM provider WHERE name = 'Oakleaf House'", r -> r.getLong(1))
                .orElseThrow();
        periods = http.getOk(PaymentPaths.PERIODS + "?financialYear=2026", council);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static long period(int number) {
        return periods.get(number - 1).get("id").asLong();
    }

    /** Finalising waits until providers can no longer decide; sessions end over that time, so log in again. */
    private static void afterTheConfirmationDeadlineOfPeriodNine() {
        server.clock().set(java.time.Instant.parse("2026-12-17T10:00:00Z"));
        council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
    }

    @org.junit.jupiter.api.AfterEach
    void backToMondayMorning() {
        if (!server.clock().instant().equals(TestServer.MONDAY_MORNING)) {
            server.clock().set(TestServer.MONDAY_MORNING);
            council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
            helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        }
    }

    @org.junit.jupiter.api.Test
    void finalisingBeforeTheConfirmationDeadlineIsRefused() {
        try (TestServer fresh = TestServer.start()) {
            String officer = fresh.logIn(fresh.newClient(), DemoUsers.COUNCIL_OFFICER).token();
            long periodNine = fresh.server().database().jdbc().first("SELECT id FROM payment_period WHERE "
                    + "financial_year = 2026 AND period_no = 9", row -> row.getLong(1)).orElseThrow();

            RawHttp.Answer early = RawHttp.post(fresh, PaymentPaths.forPeriod(PaymentPaths.COUNCIL_FINALISE,
                    periodNine), officer, PaymentsHttp.newKey(), "{}");

            assertEquals(409, early.status(), early.body());
            assertTrue(early.body().contains("until 2026-12-16"), early.body());
        }
    }

    private static RawHttp.Answer councilPost(String path, long periodId, String key) {
        return http.post(council, PaymentPaths.forPeriod(path, periodId), "{}", key, null);
    }

    private static JsonNode scheduleOf(long providerId, int number) {
        for (JsonNode schedule : http.schedules(helen, providerId)) {
            if (schedule.get("period").get("number").asInt() == number) {
                return schedule;
            }
        }
        throw new AssertionError("no schedule of period " + number);
    }

    @Test
    void councilPublishesAPeriodOnce() {
        String key = PaymentsHttp.newKey();

        RawHttp.Answer first = councilPost(PaymentPaths.COUNCIL_PUBLISH, period(10), key);
        RawHttp.Answer retry = councilPost(PaymentPaths.COUNCIL_PUBLISH, period(10), key);
        RawHttp.Answer again = councilPost(PaymentPaths.COUNCIL_PUBLISH, period(10), PaymentsHttp.newKey());

        assertEquals(200, first.status(), first.body());
        assertEquals(first, retry);
        assertTrue(PaymentsHttp.json(first).get("schedules").asInt() >= 4);
        assertTrue(PaymentsHttp.json(first).get("period").get("published").asBoolean());
        assertEquals(409, again.status(), again.body());
        assertEquals("UNCONFIRMED", scheduleOf(rosewood, 10).get("status").asText());
        JsonNode listed = http.getOk(PaymentPaths.COUNCIL_SCHEDULES + "?periodId=" + period(10), council);
        assertEquals(PaymentsHttp.json(first).get("schedules").asInt(), listed.size());
        assertEquals(404, councilPost(PaymentPaths.COUNCIL_PUBLISH, 987654, PaymentsHttp.newKey()).status());
    }

    @Test
    void lineAboveContractedProvisionIsSuspendedAndNonPayable() {
        CarePackageRepository carePackages = new CarePackageRepository(jdbc);
        long client = carePackages.createClient("CL900001", "Test", "Resident");
        long item = carePackages.createLineItem(new CarePackageRepository.NewLineItem(rosewood, client,
                "Residential care", LocalDate.of(2026, 1, 5), null, BigDecimal.ONE, "weeks", new BigDecimal("900.00"),
                "Weekly", new BigDecimal("3500.00")));

        assertEquals(200, councilPost(PaymentPaths.COUNCIL_PUBLISH, period(11), PaymentsHttp.newKey()).status());
        JsonNode detail = http.detail(helen, rosewood, scheduleOf(rosewood, 11).get("id").asLong());

        JsonNode suspended = null;
        for (JsonNode line : detail.get("nonPayableLines")) {
            if (line.get("lineItemId").asLong() == item) {
                suspended = line;
            }
        }
        assertTrue(suspended != null, "on the Non-payable tab");
        assertEquals("SUSPENDED", suspended.get("status").asText());
        assertEquals(0, new BigDecimal("3600.00").compareTo(suspended.get("amount").decimalValue()));
        assertEquals(0, new BigDecimal("3500.00").compareTo(suspended.get("contractedProvision").decimalValue()));
        assertTrue(detail.get("summary").get("totalSuspended").decimalValue().compareTo(new BigDecimal("3600")) >= 0);
        detail.get("payableLines").forEach(line -> assertTrue(line.get("amount").decimalValue()
                .compareTo(line.get("contractedProvision").decimalValue()) <= 0));
    }

    @Test
    void finalisingPaysConfirmedLines() {
        JsonNode schedule = scheduleOf(rosewood, 9);
        long id = schedule.get("id").asLong();
        assertEquals(200, http.act(helen, PaymentPaths.SCHEDULE_CONFIRM, rosewood, id, "{}").status());
        JsonNode detail = http.detail(helen, rosewood, id);
        afterTheConfirmationDeadlineOfPeriodNine();

        String key = PaymentsHttp.newKey();
        RawHttp.Answer answer = councilPost(PaymentPaths.COUNCIL_FINALISE, period(9), key);

        assertEquals(200, answer.status(), answer.body());
        assertEquals(answer, councilPost(PaymentPaths.COUNCIL_FINALISE, period(9), key), "a retry: the same run");
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM payment_run WHERE reference = 'PR-2026-09'"));
        JsonNode run = PaymentsHttp.json(answer);
        assertEquals("PR-2026-09", run.get("reference").asText());
        JsonNode report = http.getOk(ApiPaths.forProvider(PaymentPaths.REMITTANCES, rosewood)
                + "?view=finalisation", helen);
        assertEquals(run.get("id"), report.get("run").get("id"), "the newest run is the default");
        long paid = 0;
        long held = 0;
        BigDecimal paidLate = BigDecimal.ZERO;
        for (JsonNode line : report.get("lines")) {
            boolean late = line.path("reason").asText("").startsWith("Released after a variation");
            if (late) {
                paidLate = paidLate.add(line.get("amount").decimalValue());
                continue;
            }
            paid += line.get("status").asText().equals("PAID") ? 1 : 0;
            held += line.get("status").asText().equals("SUSPENDED") ? 1 : 0;
        }
        assertEquals(detail.get("payableLines").size(), paid);
        assertEquals(detail.get("nonPayableLines").size(), held);
        assertEquals(0, detail.get("summary").get("totalPayable").decimalValue().add(paidLate)
                .compareTo(report.get("totals").get("PAID").decimalValue()), "this period's lines and late releases");
        JsonNode unconfirmedRuns = http.getOk(ApiPaths.forProvider(PaymentPaths.REMITTANCE_RUNS, oakleafHouse),
                server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token());
        assertNotEquals("PR-2026-09", unconfirmedRuns.get(0).get("reference").asText(), "not confirmed: not paid");
        assertEquals(409, councilPost(PaymentPaths.COUNCIL_FINALISE, period(9), PaymentsHttp.newKey()).status());
        assertEquals(409, councilPost(PaymentPaths.COUNCIL_FINALISE, period(13), PaymentsHttp.newKey()).status(),
                "not published");
        assertEquals(404, councilPost(PaymentPaths.COUNCIL_FINALISE, 987654, PaymentsHttp.newKey()).status());
    }

    @Test
    void releaseTurnsSuspendedLinesPayable() {
        long[] found = jdbc.first("SELECT l.id, l.client_id, s.id FROM schedule_line l JOIN payment_schedule s "
                + "ON s.id = l.schedule_id JOIN payment_period p ON p.id = s.period_id WHERE l.provider_id = ? "
                + "AND l.status = 'SUSPENDED' AND p.financial_year = 2025 ORDER BY p.start_date DESC, l.id",
                r -> new long[] {r.getLong(1), r.getLong(2), r.getLong(3)}, rosewood).orElseThrow();
        JsonNode before = http.detail(helen, rosewood, found[2]);

        int released = new SuspendedLineRelease(jdbc, new AuditLog(jdbc, server.clock()), server.clock(), java.time.ZoneOffset.UTC)
                .release(rosewood, found[1], LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), new BigDecimal("1000000"));

        assertTrue(released >= 1);
        JsonNode after = http.detail(helen, rosewood, found[2]);
        assertNotEquals(before.get("etag"), after.get("etag"), "the totals changed");
        assertTrue(after.get("payableLines").findValues("id").stream().anyMatch(id -> id.asLong() == found[0]));
        assertTrue(after.get("summary").get("totalSuspended").decimalValue()
                .compareTo(before.get("summary").get("totalSuspended").decimalValue()) < 0);
        assertEquals(0, jdbc.count("SELECT COUNT(*) FROM schedule_line l JOIN payment_schedule s ON s.id = "
                + "l.schedule_id JOIN payment_period p ON p.id = s.period_id WHERE l.provider_id = ? AND l.client_id = ? "
                + "AND l.status = 'SUSPENDED' AND p.financial_year = 2025", rosewood, found[1]));
        assertEquals(0, new SuspendedLineRelease(jdbc, new AuditLog(jdbc, server.clock()), server.clock(), java.time.ZoneOffset.UTC)
                .release(rosewood, found[1], LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31), new BigDecimal("1000000")), "nothing left");
    }
}
