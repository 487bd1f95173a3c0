package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoSize;
import org.providerdesk.testing.MutableClock;
import org.providerdesk.testing.TestDatabases;
import org.providerdesk.testing.TestServer;

/** The demo actions are worth looking at, and the large provider's are made quickly. */
class ActionDemoDataTest {

    private static final List<String> DEMO_PROVIDERS = List.of("Rosewood Lodge Care Home", "Oakleaf House",
            "Oakleaf Court Nursing Home", "Oakleaf Home Care");

    @Test
    void everyDemoProviderHasOpenClosedAndOverdueActionsOfEveryTypeWithConversations() {
        try (TestServer server = TestServer.start()) {
            Jdbc jdbc = server.server().database().jdbc();
            for (String name : DEMO_PROVIDERS) {
                long provider = new ActionsFixture(server).providerId(name);
                assertEquals(3, jdbc.count("SELECT COUNT(DISTINCT type) FROM action WHERE provider_id = ?", provider));
                assertTrue(jdbc.count("SELECT COUNT(*) FROM action WHERE provider_id = ? AND status = 'CLOSED'",
                        provider) > 0, name);
                assertTrue(jdbc.count("SELECT COUNT(*) FROM action WHERE provider_id = ? AND status = 'OPEN' AND "
                        + "due_date < ?", provider, java.time.LocalDate.of(2026, 11, 23)) > 0, name + " overdue");
                assertEquals(2, jdbc.count("SELECT COUNT(DISTINCT m.side) FROM action_comment m JOIN action a ON "
                        + "a.id = m.action_id WHERE a.provider_id = ?", provider), name);
            }
        }
    }

    @Test
    void theLargeProviderHasThreeThousandActionsAndAboutTwelveThousandComments() {
        String[] db = TestDatabases.fresh();
        long started = System.nanoTime();
        try (PortalServer server = PortalServer.start(new ServerConfig("127.0.0.1", 0, db[0], db[1], db[2], null,
                true, DemoSize.LARGE, new MutableClock(Instant.parse("2026-11-23T10:00:00Z")), ServerConfig.UK))) {
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            Jdbc jdbc = server.database().jdbc();
            long provider = jdbc.first("SELECT id FROM provider WHERE name = 'Oakleaf House'", row -> row.getLong(1))
                    .orElseThrow();
            long comments = jdbc.count("SELECT COUNT(*) FROM action_comment m JOIN action a ON a.id = m.action_id "
                    + "WHERE a.provider_id = ?", provider);

            assertEquals(3000, jdbc.count("SELECT COUNT(*) FROM action WHERE provider_id = ?", provider));
            assertTrue(comments > 10_000 && comments < 14_000, comments + " comments");
            assertEquals(0, jdbc.count("SELECT COUNT(*) FROM (SELECT change_no FROM action UNION ALL "
                    + "SELECT change_no FROM action_comment) n GROUP BY change_no HAVING COUNT(*) > 1"),
                    "every row its own change number");
            System.out.println("Large demo data (all features) made in " + seconds + " s");
        }
    }
}
