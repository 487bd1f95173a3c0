package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.providerdesk.server.PasswordResetTest.assertField;
import static org.providerdesk.server.PasswordResetTest.assertProblem;
import static org.providerdesk.server.PasswordResetTest.json;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.DemoInbox;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class PasswordChangeTest {

    private static final String NEW_PASSWORD = "Copper-kettle-harbour-42";

    private TestServer server;

    @BeforeEach
    void startServer() {
        server = TestServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void changePasswordKeepsOnlyTheCurrentSession() {
        String current = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();
        String elsewhere = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();
        String otherUser = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();

        RawHttp.Answer changed = change(current, DemoUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertEquals(204, changed.status(), changed.body());
        assertEquals(200, RawHttp.get(server, ApiPaths.ME, current).status());
        assertProblem(RawHttp.get(server, ApiPaths.ME, elsewhere), 401, ProblemTypes.NOT_SIGNED_IN);
        assertEquals(200, RawHttp.get(server, ApiPaths.ME, otherUser).status());
        assertEquals(1, new AuditLog(server.server().database().jdbc(), server.clock()).countFor("password.changed"));

        DemoInbox.await(server, DemoUsers.GROUP_ADMINISTRATOR, PasswordResetTest.CHANGED_SUBJECT);
        PortalClient client = server.newClient();
        var challenge = client.startLogin(DemoUsers.GROUP_ADMINISTRATOR, NEW_PASSWORD);
        assertNotNull(client.finishLogin(challenge.attemptId(), server.latestCodeFor(DemoUsers.GROUP_ADMINISTRATOR)));
        assertEquals(401, assertThrows(PortalException.class, () -> server.newClient()
                .startLogin(DemoUsers.GROUP_ADMINISTRATOR, DemoUsers.PASSWORD)).status());
    }

    @Test
    void aWrongCurrentPasswordIsNamedAndChangesNothing() {
        String token = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();

        RawHttp.Answer refused = change(token, "not-my-password", NEW_PASSWORD, NEW_PASSWORD);

        assertProblem(refused, 422, ProblemTypes.WRONG_CREDENTIALS);
        assertTrue(refused.body().contains("\"currentPassword\""), refused.body());
        assertEquals(200, RawHttp.get(server, ApiPaths.ME, token).status(), "the session goes on");
        assertNotNull(server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token());
    }

    @Test
    void wrongCurrentPasswordsAreThrottled() {
        String token = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();
        for (int i = 0; i < 5; i++) {
            assertEquals(422, change(token, "guess-number-" + i, NEW_PASSWORD, NEW_PASSWORD).status());
        }
        assertProblem(change(token, DemoUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD), 429,
                ProblemTypes.TOO_MANY_ATTEMPTS);
    }

    @Test
    void changePasswordRefusesCommonAndUnconfirmedPasswords() {
        String token = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();

        assertField(change(token, DemoUsers.PASSWORD, "password1", "password1"), "newPassword");
        assertField(change(token, DemoUsers.PASSWORD, "Sunshine123", "Sunshine123"), "newPassword");
        assertField(change(token, DemoUsers.PASSWORD, "short", "short"), "newPassword");
        assertField(change(token, DemoUsers.PASSWORD, DemoUsers.PASSWORD, DemoUsers.PASSWORD), "newPassword");
        assertField(change(token, DemoUsers.PASSWORD, NEW_PASSWORD, "Copper-kettle-harbour-43"), "confirmPassword");
        assertField(change(token, null, NEW_PASSWORD, NEW_PASSWORD), "currentPassword");
        assertField(RawHttp.post(server, AccountPaths.PASSWORD, token, "{\"currentPassword\":\"x\",\"y\":2}"), "y");
        assertEquals(0, new AuditLog(server.server().database().jdbc(), server.clock()).countFor("password.changed"));
    }

    @Test
    void strangersCannotChangeAPassword() {
        assertProblem(change(null, DemoUsers.PASSWORD, NEW_PASSWORD, NEW_PASSWORD), 401, ProblemTypes.NOT_SIGNED_IN);
    }

    private RawHttp.Answer change(String token, String current, String newPassword, String confirmPassword) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("currentPassword", current);
        body.put("newPassword", newPassword);
        body.put("confirmPassword", confirmPassword);
        return RawHttp.post(server, AccountPaths.PASSWORD, token, json(body));
    }
}
