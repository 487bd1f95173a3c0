package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.DemoMail;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.DemoInbox;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class PasswordResetTest {

    static final String RESET_SUBJECT = "Reset your Provider Portal password";
    static final String CHANGED_SUBJECT = "Your Provider Portal password was changed";
    private static final String NEW_PASSWORD = "Lavender-teapot-fields-9";
    private static final String UNKNOWN = "nobody@nowhere.example";
    private static final ObjectMapper JSON = new ObjectMapper();

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
    void resetAnswersTheSameForUnknownAndKnownAddresses() throws Exception {
        RawHttp.Answer known = requestReset(DemoUsers.SINGLE_HOME_MANAGER);
        RawHttp.Answer unknown = requestReset(UNKNOWN);

        assertEquals(202, known.status());
        assertEquals(known.status(), unknown.status());
        assertEquals(known.contentType(), unknown.contentType());
        ObjectNode knownBody = (ObjectNode) JSON.readTree(known.body());
        ObjectNode unknownBody = (ObjectNode) JSON.readTree(unknown.body());
        assertNotEquals(knownBody.get("resetId"), unknownBody.get("resetId"));
        assertEquals(knownBody.get("resetId").asText().length(), unknownBody.get("resetId").asText().length());
        knownBody.remove("resetId");
        unknownBody.remove("resetId");
        assertEquals(knownBody, unknownBody, "only the id differs");
        assertTrue(knownBody.get("message").asText().contains("Enter the code from the email in the Code box. "
                + "Click Next."));

        // the same work on both branches: a stored request and an audit event each
        var jdbc = server.server().database().jdbc();
        assertEquals(2, jdbc.count("SELECT COUNT(*) FROM password_reset"));
        assertEquals(2, new AuditLog(jdbc, server.clock()).countFor("password-reset.requested"));
        // ... and only the real account receives a code
        DemoInbox.await(server, DemoUsers.SINGLE_HOME_MANAGER, RESET_SUBJECT);
        assertEquals(0, DemoInbox.count(server, UNKNOWN, RESET_SUBJECT));

        // the second step fails alike too
        RawHttp.Answer wrongForKnown = confirm(resetId(known), "000000", NEW_PASSWORD, NEW_PASSWORD);
        RawHttp.Answer wrongForUnknown = confirm(resetId(unknown), "000000", NEW_PASSWORD, NEW_PASSWORD);
        assertEquals(wrongForKnown.status(), wrongForUnknown.status());
        assertEquals(wrongForKnown.body(), wrongForUnknown.body());
    }

    @Test
    void resetMailFollowsTheGuideAndHasNoSecretsButTheCode() {
        requestReset(DemoUsers.SINGLE_HOME_MANAGER);

        DemoMail mail = DemoInbox.await(server, DemoUsers.SINGLE_HOME_MANAGER, RESET_SUBJECT);
        assertTrue(mail.body().contains("Enter the code from the email in the Code box. Click Next."), mail.body());
        assertTrue(mail.body().contains("Enter a new password. Confirm the new password. Click Finish."));
        assertTrue(mail.body().contains("until 10:10"), mail.body());
        assertFalse(mail.body().contains(DemoUsers.PASSWORD));
    }

    @Test
    void resetCodeWorksOnceAndExpiresAfterTenMinutes() {
        String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        String code = awaitCode();

        assertEquals(204, confirm(resetId, code, NEW_PASSWORD, NEW_PASSWORD).status());
        RawHttp.Answer again = confirm(resetId, code, NEW_PASSWORD + "x", NEW_PASSWORD + "x");
        assertProblem(again, 401, ProblemTypes.RESET_ENDED);

        DemoInbox.await(server, DemoUsers.SINGLE_HOME_MANAGER, CHANGED_SUBJECT);
        assertNotNull(logIn(DemoUsers.SINGLE_HOME_MANAGER, NEW_PASSWORD));
        PortalException oldPassword = assertThrows(PortalException.class,
                () -> server.newClient().startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD));
        assertEquals(401, oldPassword.status());

        String laterId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        String laterCode = awaitCode(2);
        server.clock().advance(Duration.ofMinutes(10));
        assertProblem(confirm(laterId, laterCode, "Another-long-phrase-7", "Another-long-phrase-7"), 401,
                ProblemTypes.CODE_EXPIRED);
    }

    @Test
    void resetCodeWorksJustBeforeTenMinutes() {
        String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        String code = awaitCode();
        server.clock().advance(Duration.ofMinutes(10).minusSeconds(1));

        assertEquals(204, confirm(resetId, code, NEW_PASSWORD, NEW_PASSWORD).status());
    }

    @Test
    void fiveWrongCodesEndTheReset() {
        String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        String code = awaitCode();
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 1; i <= 4; i++) {
            RawHttp.Answer refused = confirm(resetId, wrong, NEW_PASSWORD, NEW_PASSWORD);
            assertProblem(refused, 401, ProblemTypes.WRONG_CODE);
            assertTrue(refused.body().contains("\"code\""), refused.body());
        }
        assertProblem(confirm(resetId, wrong, NEW_PASSWORD, NEW_PASSWORD), 401, ProblemTypes.RESET_ENDED);
        assertProblem(confirm(resetId, code, NEW_PASSWORD, NEW_PASSWORD), 401, ProblemTypes.RESET_ENDED);
    }

    @Test
    void guessingCodesOverManyResetsIsThrottledForAWhileOnly() {
        for (int reset = 0; reset < 2; reset++) {
            String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
            for (int i = 0; i < 5; i++) {
                confirm(resetId, "000000", NEW_PASSWORD, NEW_PASSWORD);
            }
        }
        String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        String code = awaitCode(3);
        assertProblem(confirm(resetId, code, NEW_PASSWORD, NEW_PASSWORD), 429, ProblemTypes.TOO_MANY_ATTEMPTS);

        server.clock().advance(Duration.ofMinutes(25).plusSeconds(1));
        String laterId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        assertEquals(204, confirm(laterId, awaitCode(4), NEW_PASSWORD, NEW_PASSWORD).status());
    }

    @Test
    void resetRefusesCommonPasswords() {
        String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        String code = awaitCode();

        for (String common : new String[] {"password123", "Qwerty123", "iloveyou1", "short"}) {
            RawHttp.Answer refused = confirm(resetId, code, common, common);
            assertProblem(refused, 400, ProblemTypes.VALIDATION);
            assertTrue(refused.body().contains("\"newPassword\""), refused.body());
        }
        // a refused password does not use up the code
        assertEquals(204, confirm(resetId, code, NEW_PASSWORD, NEW_PASSWORD).status());
    }

    @Test
    void resetAllowsLongPassPhrases() {
        String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        String phrase = "the kettle in the blue kitchen sings before seven every morning ".repeat(3).strip();

        assertEquals(204, confirm(resetId, awaitCode(), phrase, phrase).status());
    }

    @Test
    void resetNeedsMatchingConfirmation() {
        String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        String code = awaitCode();

        RawHttp.Answer refused = confirm(resetId, code, NEW_PASSWORD, NEW_PASSWORD + "!");
        assertProblem(refused, 400, ProblemTypes.VALIDATION);
        assertTrue(refused.body().contains("\"confirmPassword\""), refused.body());
        assertFalse(refused.body().contains("\"newPassword\""), refused.body());

        assertEquals(204, confirm(resetId, code, NEW_PASSWORD, NEW_PASSWORD).status());
    }

    @Test
    void resetRevokesEverySession() {
        String first = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        String second = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();
        String priya = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();

        String resetId = resetId(requestReset(DemoUsers.SINGLE_HOME_MANAGER));
        assertEquals(204, confirm(resetId, awaitCode(), NEW_PASSWORD, NEW_PASSWORD).status());

        assertProblem(RawHttp.get(server, ApiPaths.ME, first), 401, ProblemTypes.NOT_SIGNED_IN);
        assertProblem(RawHttp.get(server, ApiPaths.ME, second), 401, ProblemTypes.NOT_SIGNED_IN);
        assertEquals(200, RawHttp.get(server, ApiPaths.ME, priya).status(), "other users keep their sessions");
        assertEquals(1, new AuditLog(server.server().database().jdbc(), server.clock())
                .countFor("password-reset.completed"));
        DemoMail changed = DemoInbox.await(server, DemoUsers.SINGLE_HOME_MANAGER, CHANGED_SUBJECT);
        assertFalse(changed.body().contains(NEW_PASSWORD));
    }

    @Test
    void resetRequestsAreThrottledAlikeForUnknownAndKnownAddresses() {
        for (int i = 0; i < 5; i++) {
            assertEquals(202, requestReset(DemoUsers.SINGLE_HOME_MANAGER).status());
            assertEquals(202, requestReset(UNKNOWN).status());
        }
        RawHttp.Answer known = requestReset(DemoUsers.SINGLE_HOME_MANAGER);
        RawHttp.Answer unknown = requestReset(UNKNOWN);
        assertProblem(known, 429, ProblemTypes.TOO_MANY_ATTEMPTS);
        assertEquals(known.body(), unknown.body());

        // an attacker cannot keep the owner out for long: the window slides
        server.clock().advance(Duration.ofMinutes(15).plusSeconds(1));
        assertEquals(202, requestReset(DemoUsers.SINGLE_HOME_MANAGER).status());
        // and requests never block logging in
        assertNotNull(server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token());
    }

    @Test
    void badInputNamesTheFieldAndIsNeverA500() {
        assertField(RawHttp.post(server, AccountPaths.PASSWORD_RESET, null, "{\"email\":\"\"}"), "email");
        assertField(RawHttp.post(server, AccountPaths.PASSWORD_RESET, null, "{\"email\":\"helen\"}"), "email");
        assertField(RawHttp.post(server, AccountPaths.PASSWORD_RESET, null, "{\"email\":\"a@b.example\",\"x\":1}"), "x");
        assertField(RawHttp.post(server, AccountPaths.PASSWORD_RESET, null, "{\"email\":[1]}"), "email");
        assertField(confirm("abc", "12ab", NEW_PASSWORD, NEW_PASSWORD), "code");
        assertField(confirm("", "123456", NEW_PASSWORD, NEW_PASSWORD), "resetId");
        assertField(confirm("abc", "123456", NEW_PASSWORD, null), "confirmPassword");
        assertField(confirm("abc", "123456", null, null), "newPassword");
        assertField(confirm("x".repeat(65), "123456", NEW_PASSWORD, NEW_PASSWORD), "resetId");
        assertField(confirm("abc", "123456", "x".repeat(300), "x".repeat(300)), "newPassword");
        assertEquals(400, RawHttp.post(server, AccountPaths.PASSWORD_RESET_CONFIRM, null, "{").status());
        assertEquals(400, RawHttp.post(server, AccountPaths.PASSWORD_RESET, null, null).status());
        assertProblem(confirm("no-such-reset", "123456", NEW_PASSWORD, NEW_PASSWORD), 401,
                ProblemTypes.RESET_ENDED);
    }

    private RawHttp.Answer requestReset(String email) {
        return RawHttp.post(server, AccountPaths.PASSWORD_RESET, null, json(Map.of("email", email)));
    }

    private RawHttp.Answer confirm(String resetId, String code, String newPassword, String confirmPassword) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("resetId", resetId);
        body.put("code", code);
        body.put("newPassword", newPassword);
        body.put("confirmPassword", confirmPassword);
        return RawHttp.post(server, AccountPaths.PASSWORD_RESET_CONFIRM, null, json(body));
    }

    private String awaitCode() {
        return awaitCode(1);
    }

    /** The code of the newest reset mail, once {@code mails} of them have arrived (they are sent in the background). */
    private String awaitCode(int mails) {
        String body = DemoInbox.await(server, DemoUsers.SINGLE_HOME_MANAGER, RESET_SUBJECT, mails).body();
        return TestServer.codeIn(body);
    }

    private String logIn(String email, String password) {
        PortalClient client = server.newClient();
        var challenge = client.startLogin(email, password);
        return client.finishLogin(challenge.attemptId(), server.latestCodeFor(email)).token();
    }

    static String resetId(RawHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body()).get("resetId").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    static void assertProblem(RawHttp.Answer answer, int status, String type) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        try {
            JsonNode body = JSON.readTree(answer.body());
            assertEquals(type, body.get("type").asText(), answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(answer.body(), e);
        }
    }

    static void assertField(RawHttp.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().contains("\"" + field + "\""), answer.body());
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
