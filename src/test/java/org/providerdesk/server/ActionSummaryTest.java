package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.providerdesk.server.ActionsFixture.json;
import static org.providerdesk.server.ActionsFixture.key;
import static org.providerdesk.server.ActionsFixture.queryAbout;
import static org.providerdesk.server.ActionsFixture.read;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.domain.SummaryLevel;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** The home page icon: green with nothing pending, amber once an action is raised, red once it falls due. */
class ActionSummaryTest {

    private TestServer server;
    private ActionsFixture fixture;
    private String token;
    private long rosewood;

    @BeforeEach
    void start() {
        server = TestServer.start();
        fixture = new ActionsFixture(server);
        token = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        rosewood = fixture.providerId("Rosewood Lodge Care Home");
        fixture.jdbc().update("UPDATE action SET status = 'CLOSED', outcome = NULL, closed_at = ? "
                + "WHERE provider_id = ?", Instant.parse("2026-11-20T10:00:00Z"), rosewood);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ActionSummary summary() {
        RawHttp.Answer answer = RawHttp.get(server, ActionPaths.providerActions(rosewood) + "/summary", token);
        assertEquals(200, answer.status(), answer.body());
        return read(answer, ActionSummary.class);
    }

    @Test
    void summaryIsGreenWithNothingPending() {
        assertEquals(new ActionSummary(SummaryLevel.GREEN, 0, 0), summary());
    }

    @Test
    void summaryIsAmberWhileAnActionIsPending() {
        raise();

        assertEquals(new ActionSummary(SummaryLevel.AMBER, 1, 0), summary());
    }

    @Test
    void summaryIsRedWhenAnyActionIsOverdue() {
        raise();
        raise();
        later(Duration.ofDays(14));
        assertEquals(SummaryLevel.AMBER, summary().level(), "due today is not yet overdue");

        later(Duration.ofDays(1));

        assertEquals(new ActionSummary(SummaryLevel.RED, 2, 2), summary());
    }

    /** Moves the clock on and logs in again (sessions end after 30 idle minutes). */
    private void later(Duration duration) {
        server.clock().advance(duration);
        token = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
    }

    private void raise() {
        RawHttp.Answer answer = RawHttp.post(server, ActionPaths.providerActions(rosewood), token, key(),
                json(queryAbout("PAYMENT_QUERY", fixture.aClientOf(rosewood))));
        assertEquals(201, answer.status(), answer.body());
    }
}
