package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class ProviderAccessTest {

    private static TestServer server;
    private static PortalClient helen;
    private static PortalClient priya;
    private static PortalClient council;

    @BeforeAll
    static void logEveryoneIn() {
        server = TestServer.start();
        helen = server.newClient();
        priya = server.newClient();
        council = server.newClient();
        server.logIn(helen, DemoUsers.SINGLE_HOME_MANAGER);
        server.logIn(priya, DemoUsers.GROUP_ADMINISTRATOR);
        server.logIn(council, DemoUsers.COUNCIL_OFFICER);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aUserSeesOnlyTheProvidersTheyHaveAccessTo() {
        assertEquals(1, helen.me().providers().size());
        assertEquals("Rosewood Lodge Care Home", helen.me().providers().get(0).name());
        assertEquals(3, priya.me().providers().size());
        assertTrue(council.me().providers().isEmpty());
    }

    @Test
    void homePageShowsNoticesTeamsAndLinks() {
        long rosewood = helen.me().providers().get(0).id();

        HomePage home = helen.home(rosewood);

        assertEquals("Rosewood Lodge Care Home", home.provider().name());
        assertEquals("Westbridge County Council", home.councilName());
        assertTrue(home.notices().get(0).downtime(), "downtime first");
        assertFalse(home.notices().get(0).inForce(), "planned, not yet in force");
        assertTrue(home.teams().stream().anyMatch(team -> team.name().equals("ASC Brokerage Team")));
        assertTrue(home.links().stream().anyMatch(link -> link.title().startsWith("Payment period schedule")));
    }

    @Test
    void aUserCannotSelectAProviderTheyHaveNoAccessTo() {
        ProviderSummary oakleaf = priya.me().providers().get(0);

        PortalException refused = assertThrows(PortalException.class, () -> helen.home(oakleaf.id()));

        assertEquals(403, refused.status());
        assertFalse(refused.getMessage().contains(oakleaf.name()));
    }

    @Test
    void councilStaffDoNotSeeProviderScreens() {
        long rosewood = helen.me().providers().get(0).id();

        assertEquals(403, assertThrows(PortalException.class, () -> council.home(rosewood)).status());
    }

    @Test
    void strangersGetNothing() {
        long rosewood = helen.me().providers().get(0).id();

        RawHttp.Answer anonymous = RawHttp.get(server, "/api/v1/providers/" + rosewood + "/home", null);
        RawHttp.Answer forged = RawHttp.get(server, "/api/v1/providers/" + rosewood + "/home", "made-up-token");
        RawHttp.Answer notANumber = RawHttp.get(server, "/api/v1/providers/abc/home", null);

        for (RawHttp.Answer answer : new RawHttp.Answer[] {anonymous, forged, notANumber}) {
            assertEquals(401, answer.status());
            assertEquals("application/problem+json", answer.contentType());
            assertFalse(answer.body().contains("Rosewood"));
        }
    }

    @Test
    void anUnknownPathIsAProblemNotAPage() {
        RawHttp.Answer answer = RawHttp.get(server, "/api/v1/nothing-here", null);

        assertEquals(404, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }
}
