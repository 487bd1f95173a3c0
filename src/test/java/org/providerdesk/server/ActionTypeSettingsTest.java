package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class ActionTypeSettingsTest {

    private static TestServer server;
    private static String council;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Answer setDays(String type, String body) {
        return RawHttp.call(server, "PUT", ActionPaths.COUNCIL_ACTION_TYPE.replace("{actionType}", type), council,
                body, java.util.Map.of("Idempotency-Key", ActionsFixture.key()));
    }

    @Test
    void everyTypeStartsAtTenWorkingDays() {
        RawHttp.Answer settings = RawHttp.get(server, ActionPaths.COUNCIL_ACTION_TYPES, council);

        assertEquals(200, settings.status());
        ActionsFixture.read(settings).forEach(setting -> assertEquals(10, setting.get("dueWorkingDays").asInt()));
    }

    @Test
    void newVariationsAreDueAfterTheDaysTheCouncilSet() {
        assertEquals(200, setDays("VARIATION", "{\"dueWorkingDays\":3}").status());
        var helen = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        long rosewood = helen.user().providers().get(0).id();
        long client = server.server().database().jdbc().first("SELECT MIN(client_id) FROM line_item WHERE "
                + "provider_id = ?", row -> row.getLong(1), rosewood).orElseThrow();

        RawHttp.Answer raised = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen.token(),
                ActionsFixture.key(), ActionsFixture.json(ActionsFixture.variationAbout(client,
                        ActionsFixture.variation("28", "35", "120.00", "2026-11-16", "2026-11-22"))));

        assertEquals(201, raised.status(), raised.body());
        assertEquals("2026-11-26", ActionsFixture.read(raised).get("dueDate").asText(),
                "Monday 23 November + 3 working days");
        setDays("VARIATION", "{\"dueWorkingDays\":10}");
    }

    @Test
    void refusesDaysOutsideOneToSixtyNamingTheField() {
        ActionsFixture.assertProblemNaming(setDays("VARIATION", "{\"dueWorkingDays\":0}"), 400, "dueWorkingDays");
        ActionsFixture.assertProblemNaming(setDays("VARIATION", "{\"dueWorkingDays\":61}"), 400, "dueWorkingDays");
        assertEquals(404, setDays("HOLIDAY_REQUEST", "{\"dueWorkingDays\":5}").status());
    }
}
