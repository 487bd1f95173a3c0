package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Remittance advice by period and by finalisation, from the demo payment runs. */
class RemittancesTest {

    private static TestServer server;
    private static PaymentsHttp http;
    private static String helen;
    private static long rosewood;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        http = new PaymentsHttp(server);
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        helen = session.token();
        rosewood = session.user().providers().get(0).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String path() {
        return ApiPaths.forProvider(PaymentPaths.REMITTANCES, rosewood);
    }

    @Test
    void remittancesDefaultToTheMostRecentPeriod() {
        JsonNode report = http.getOk(path(), helen);

        assertEquals("BY_PERIOD", report.get("view").asText());
        JsonNode period = report.get("period");
        assertEquals(2026, period.get("financialYear").asInt());
        assertEquals(8, period.get("number").asInt(), "period 8 was finalised on 14 November; 9 is still open");
        assertTrue(report.get("lines").size() > 5);
        report.get("lines").forEach(line -> assertEquals(period.get("id").asLong(), line.get("periodId").asLong()));
        for (String status : new String[] {"PAID", "RETRACTED", "SUSPENDED"}) {
            assertNotNull(report.get("totals").get(status), status);
        }
        JsonNode chosen = http.getOk(path() + "?view=period&periodId=" + period.get("id").asLong(), helen);
        assertEquals(report, chosen);
    }

    @Test
    void remittanceByFinalisationShowsTheRunsLines() {
        JsonNode runs = http.getOk(ApiPaths.forProvider(PaymentPaths.REMITTANCE_RUNS, rosewood), helen);
        assertEquals("PR-2026-08", runs.get(0).get("reference").asText(), "newest first");
        assertTrue(runs.get(0).get("finalisedOn").asText().compareTo(runs.get(1).get("finalisedOn").asText()) > 0);

        JsonNode latest = http.getOk(path() + "?view=finalisation", helen);
        assertEquals(runs.get(0).get("id"), latest.get("run").get("id"), "defaults to the most recent run");
        long second = runs.get(1).get("id").asLong();
        JsonNode report = http.getOk(path() + "?view=finalisation&runId=" + second, helen);

        assertEquals("BY_FINALISATION", report.get("view").asText());
        assertEquals(runs.get(1).get("lineCount").asInt(), report.get("lines").size());
        report.get("lines").forEach(line -> assertEquals(second, line.get("runId").asLong()));
        BigDecimal paid = report.get("totals").get("PAID").decimalValue()
                .add(report.get("totals").get("RETRACTED").decimalValue());
        assertEquals(0, paid.compareTo(runs.get(1).get("totalPaid").decimalValue()));
    }

    @Test
    void theRunsHoldPaidRetractedAndSuspendedLines() {
        Set<String> statuses = new HashSet<>();
        for (JsonNode run : http.getOk(ApiPaths.forProvider(PaymentPaths.REMITTANCE_RUNS, rosewood), helen)) {
            for (JsonNode line : http.getOk(path() + "?view=finalisation&runId=" + run.get("id").asLong(), helen)
                    .get("lines")) {
                String status = line.get("status").asText();
                statuses.add(status);
                if (!status.equals("PAID")) {
                    assertTrue(line.get("reason").asText().length() > 10, "says why");
                }
                if (status.equals("RETRACTED")) {
                    assertTrue(line.get("amount").decimalValue().signum() < 0, "a contra entry");
                }
            }
        }
        assertEquals(Set.of("PAID", "RETRACTED", "SUSPENDED"), statuses);
    }

    @Test
    void badOrUnknownChoicesAreRefusedNamingTheField() {
        RawHttp.Answer view = RawHttp.get(server, path() + "?view=weekly", helen);
        RawHttp.Answer runId = RawHttp.get(server, path() + "?view=finalisation&runId=abc", helen);
        RawHttp.Answer unknownRun = RawHttp.get(server, path() + "?view=finalisation&runId=987654", helen);
        RawHttp.Answer unknownPeriod = RawHttp.get(server, path() + "?view=period&periodId=987654", helen);
        RawHttp.Answer limit = RawHttp.get(server, ApiPaths.forProvider(PaymentPaths.REMITTANCE_RUNS, rosewood)
                + "?limit=100000", helen);

        assertEquals(400, view.status());
        assertTrue(view.body().contains("\"view\""));
        assertEquals(400, runId.status());
        assertTrue(runId.body().contains("\"runId\""));
        assertEquals(404, unknownRun.status());
        assertEquals(404, unknownPeriod.status());
        assertEquals(400, limit.status());
        assertTrue(limit.body().contains("\"limit\""));
    }
}
