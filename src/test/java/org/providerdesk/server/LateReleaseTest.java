package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.payments.SuspendedLineRelease;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** A release frees no more than the variation is worth, and a line released after its run is paid later. */
class LateReleaseTest {

    private TestServer server;
    private Jdbc jdbc;
    private SuspendedLineRelease release;

    @BeforeEach
    void start() {
        server = TestServer.start();
        jdbc = server.server().database().jdbc();
        release = new SuspendedLineRelease(jdbc, new AuditLog(jdbc, server.clock()), server.clock(), ZoneOffset.UTC);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private long suspendedOf(long provider, long client) {
        return jdbc.count("SELECT COUNT(*) FROM schedule_line WHERE provider_id = ? AND client_id = ? "
                + "AND status = 'SUSPENDED'", provider, client);
    }

    @Test
    void aReleaseFreesOnlyUpToTheVariationsValue() {
        long[] client = jdbc.first("SELECT provider_id, client_id FROM schedule_line WHERE status = 'SUSPENDED' "
                + "GROUP BY provider_id, client_id HAVING COUNT(*) >= 2 ORDER BY provider_id, client_id",
                r -> new long[] {r.getLong(1), r.getLong(2)}).orElseThrow();
        BigDecimal firstExcess = jdbc.first("SELECT l.amount - l.contracted_provision FROM schedule_line l "
                + "JOIN payment_schedule s ON s.id = l.schedule_id JOIN payment_period p ON p.id = s.period_id "
                + "WHERE l.provider_id = ? AND l.client_id = ? AND l.status = 'SUSPENDED' ORDER BY p.start_date, l.id",
                r -> r.getBigDecimal(1), client[0], client[1]).orElseThrow();
        long before = suspendedOf(client[0], client[1]);

        int released = release.release(client[0], client[1], LocalDate.of(2020, 4, 1), LocalDate.of(2027, 3, 31),
                firstExcess);

        assertEquals(1, released, "the variation's value covers the first line's excess only");
        assertEquals(before - 1, suspendedOf(client[0], client[1]));
    }

    @Test
    void aLineReleasedAfterItsPeriodWasFinalisedIsPaidInTheNextRun() {
        var helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        long rosewood = helen.user().providers().get(0).id();
        Object[] line = jdbc.first("SELECT l.id, l.client_id, p.start_date, p.end_date FROM schedule_line l JOIN payment_schedule s "
                + "ON s.id = l.schedule_id JOIN payment_period p ON p.id = s.period_id WHERE l.provider_id = ? "
                + "AND l.status = 'SUSPENDED' AND s.status = 'CONFIRMED' AND EXISTS (SELECT 1 FROM payment_run r "
                + "WHERE r.period_id = p.id) ORDER BY p.start_date DESC, l.id", r -> new Object[] {r.getLong(1),
                    r.getLong(2), r.getObject(3, LocalDate.class), r.getObject(4, LocalDate.class)}, rosewood)
                .orElseThrow();
        BigDecimal amount = jdbc.first("SELECT amount FROM schedule_line WHERE id = ?", r -> r.getBigDecimal(1),
                line[0]).orElseThrow();
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM schedule_line WHERE id = ?", line[0]));
        assertEquals(1, release.release(rosewood, (Long) line[1], (LocalDate) line[2], (LocalDate) line[3],
                new BigDecimal("1000000")));
        PaymentsHttp http = new PaymentsHttp(server);
        long nine = http.currentScheduleId(helen.token(), rosewood);
        assertEquals(200, http.act(helen.token(), PaymentPaths.SCHEDULE_CONFIRM, rosewood, nine, "{}").status());
        server.clock().set(Instant.parse("2026-12-17T10:00:00Z"));
        String officer = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        long periodNine = jdbc.first("SELECT id FROM payment_period WHERE financial_year = 2026 AND period_no = 9",
                r -> r.getLong(1)).orElseThrow();

        RawHttp.Answer finalised = RawHttp.post(server, PaymentPaths.forPeriod(PaymentPaths.COUNCIL_FINALISE,
                periodNine), officer, PaymentsHttp.newKey(), "{}");

        assertEquals(200, finalised.status(), finalised.body());
        long runId = PaymentsHttp.json(finalised).get("id").asLong();
        assertEquals(1, jdbc.count("SELECT COUNT(*) FROM remittance_line WHERE run_id = ? AND provider_id = ? "
                + "AND client_id = ? AND status = 'PAID' AND amount = ? AND period_id <> ?", runId, rosewood, line[1],
                amount, periodNine), "paid once, in the next run, under its own period");
        String rosewoodHelen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        JsonNode report = http.getOk(ApiPaths.forProvider(PaymentPaths.REMITTANCES, rosewood)
                + "?view=finalisation", rosewoodHelen);
        assertTrue(report.toString().contains("Released after a variation"), "the remittance says why");
    }
}
