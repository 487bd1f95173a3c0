package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** The whole story of a suspended payment: over provision, a variation, the council's approval, release. */
class VariationReleaseTest {

    private TestServer server;
    private Jdbc jdbc;

    @BeforeEach
    void start() {
        server = TestServer.start();
        jdbc = server.server().database().jdbc();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** A suspended line of one of the demo users' providers: its line id, provider, client and period dates. */
    private record Suspended(long lineId, long providerId, long clientId, LocalDate from, LocalDate to) {
    }

    private Suspended aSuspendedLine(long providerId) {
        return aSuspendedLine(providerId, new java.math.BigDecimal("1000000"));
    }

    /** One whose excess over provision a variation (at most GBP 150) can cover: a home-care line. */
    private Suspended aSuspendedLine(long providerId, java.math.BigDecimal maxExcess) {
        return jdbc.first("SELECT l.id, l.provider_id, l.client_id, p.start_date, p.end_date FROM schedule_line l "
                + "JOIN payment_schedule s ON s.id = l.schedule_id JOIN payment_period p ON p.id = s.period_id "
                + "WHERE l.status = 'SUSPENDED' AND l.provider_id = ? AND l.amount - l.contracted_provision <= ? "
                + "ORDER BY p.start_date DESC",
                row -> new Suspended(row.getLong(1), row.getLong(2), row.getLong(3),
                        row.getObject(4, LocalDate.class), row.getObject(5, LocalDate.class)), providerId, maxExcess)
                .orElseThrow();
    }

    private String statusOf(long lineId) {
        return jdbc.first("SELECT status FROM schedule_line WHERE id = ?", row -> row.getString(1), lineId)
                .orElseThrow();
    }

    @Test
    void anApprovedVariationReleasesTheSuspendedPayment() {
        var helen = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR);
        long rosewood = jdbc.first("SELECT MIN(l.provider_id) FROM schedule_line l WHERE l.status = 'SUSPENDED' "
                + "AND l.amount - l.contracted_provision <= 150", row -> row.getLong(1)).orElseThrow();
        assertTrue(helen.user().providers().stream().anyMatch(p -> p.id() == rosewood), "a provider of Priya's");
        Suspended line = aSuspendedLine(rosewood, new java.math.BigDecimal("150"));
        String from = line.to().minusDays(6).toString();
        String to = line.to().toString();
        String excess = jdbc.first("SELECT amount - contracted_provision FROM schedule_line WHERE id = ?",
                row -> row.getBigDecimal(1), line.lineId()).orElseThrow().toPlainString();

        RawHttp.Answer raised = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen.token(),
                ActionsFixture.key(), ActionsFixture.json(ActionsFixture.variationAbout(line.clientId(),
                        ActionsFixture.variation("28", "35", excess, from, to))));
        assertEquals(201, raised.status(), raised.body());
        long actionId = ActionsFixture.read(raised).get("id").asLong();
        assertEquals("SUSPENDED", statusOf(line.lineId()));

        String council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        RawHttp.Answer approved = RawHttp.post(server, ActionPaths.councilReplies(actionId), council,
                ActionsFixture.key(), "{\"text\":\"Agreed.\",\"close\":true,\"outcome\":\"APPROVED\"}");

        assertEquals(201, approved.status(), approved.body());
        assertEquals("PAYABLE", statusOf(line.lineId()));
    }

    @Test
    void aRejectedVariationLeavesItSuspended() {
        var helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        long rosewood = helen.user().providers().get(0).id();
        Suspended line = aSuspendedLine(rosewood);

        RawHttp.Answer raised = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen.token(),
                ActionsFixture.key(), ActionsFixture.json(ActionsFixture.variationAbout(line.clientId(),
                        ActionsFixture.variation("28", "35", "120.00", line.to().minusDays(6).toString(),
                                line.to().toString()))));
        long actionId = ActionsFixture.read(raised).get("id").asLong();
        String council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        RawHttp.post(server, ActionPaths.councilReplies(actionId), council, ActionsFixture.key(),
                "{\"text\":\"Not agreed.\",\"close\":true,\"outcome\":\"REJECTED\"}");

        assertTrue(statusOf(line.lineId()).equals("SUSPENDED"));
    }
}
