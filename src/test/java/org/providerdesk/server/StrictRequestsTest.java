package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Requests of the wrong shape are refused, never quietly converted, and every refusal is problem+json. */
class StrictRequestsTest {

    private static final String NOTICE = "{\"title\":\"T\",\"body\":\"B\",\"startsAt\":\"2026-11-30T10:00:00Z\","
            + "\"downtime\":false}";

    private static TestServer server;
    private static String council;
    private static String helen;
    private static long rosewood;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        helen = session.token();
        rosewood = session.user().providers().get(0).id();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Answer setDays(String body) {
        return RawHttp.call(server, "PUT", ActionPaths.COUNCIL_ACTION_TYPE.replace("{actionType}", "VARIATION"),
                council, body, Map.of("Idempotency-Key", ActionsFixture.key()));
    }

    private static RawHttp.Answer postNotice(String body) {
        return RawHttp.post(server, AccountPaths.COUNCIL_NOTICES, council, ActionsFixture.key(), body);
    }

    private static void assertRefusedNaming(RawHttp.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().contains("\"" + field + "\""), answer.body());
    }

    private static long notices() {
        return server.server().database().jdbc().count("SELECT COUNT(*) FROM notice");
    }

    @Test
    void aFractionOrATextIsNotAWholeNumber() {
        assertRefusedNaming(setDays("{\"dueWorkingDays\":10.9}"), "dueWorkingDays");
        assertRefusedNaming(setDays("{\"dueWorkingDays\":\"10\"}"), "dueWorkingDays");
        assertRefusedNaming(setDays("{\"dueWorkingDays\":true}"), "dueWorkingDays");
        assertEquals(200, setDays("{\"dueWorkingDays\":10}").status());
    }

    @Test
    void aNumberIsNotAnEnumConstant() {
        RawHttp.Answer answer = RawHttp.post(server, ActionPaths.providerActions(rosewood), helen,
                ActionsFixture.key(), "{\"type\":0,\"relatedTo\":\"CLIENT\",\"title\":\"x\",\"text\":\"y\"}");

        assertRefusedNaming(answer, "type");
    }

    @Test
    void aNumberOrABooleanIsNotAText() {
        long before = notices();
        assertRefusedNaming(postNotice(NOTICE.replace("\"T\"", "5")), "title");
        assertRefusedNaming(postNotice(NOTICE.replace("\"B\"", "true")), "body");
        assertEquals(before, notices());
    }

    @Test
    void aNumberIsNotATime() {
        long before = notices();
        assertRefusedNaming(postNotice(NOTICE.replace("\"2026-11-30T10:00:00Z\"", "1795000000")), "startsAt");
        assertRefusedNaming(postNotice(NOTICE.replace("\"2026-11-30T10:00:00Z\"", "1795000000.5")), "startsAt");
        assertRefusedNaming(postNotice(NOTICE.replace("false", "\"false\"")), "downtime");
        assertRefusedNaming(postNotice(NOTICE.replace("false", "0")), "downtime");
        assertEquals(before, notices());
    }

    @Test
    void jsonSentAsPlainTextOrAFormIsRefusedWith415() {
        long before = notices();
        for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded"}) {
            RawHttp.Answer answer = RawHttp.send(server, "POST", AccountPaths.COUNCIL_NOTICES, council, NOTICE,
                    MediaType.get(type), Map.of("Idempotency-Key", ActionsFixture.key()));

            assertEquals(415, answer.status(), type + ": " + answer.body());
            assertEquals("application/problem+json", answer.contentType());
        }
        assertEquals(before, notices());
        RawHttp.Answer login = RawHttp.send(server, "POST", ApiPaths.LOGIN, null,
                "email=a%40b.example&password=x", MediaType.get("application/x-www-form-urlencoded"), Map.of());
        assertEquals(415, login.status(), login.body());
    }

    @Test
    void garbageForAYesOrNoParameterIsRefusedOnEveryRoute() {
        RawHttp.Answer packages = RawHttp.get(server,
                ApiPaths.forProvider(ApiPaths.PROVIDER_CARE_PACKAGES, rosewood) + "?includeHistorical=garbage", helen);
        RawHttp.Answer actions = RawHttp.get(server, ActionPaths.providerActions(rosewood) + "?openOnly=garbage",
                helen);

        assertRefusedNaming(packages, "includeHistorical");
        assertRefusedNaming(actions, "openOnly");
        assertEquals(200, RawHttp.get(server, ApiPaths.forProvider(ApiPaths.PROVIDER_CARE_PACKAGES, rosewood)
                + "?includeHistorical=TRUE", helen).status());
    }

    @Test
    void aWrongMethodIs405WithTheAllowedMethods() {
        RawHttp.Answer answer = RawHttp.call(server, "DELETE", AccountPaths.COUNCIL_NOTICES, council, null);

        assertEquals(405, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        String raw = RawHttp.overSocket(server, ("DELETE " + AccountPaths.COUNCIL_NOTICES + " HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        assertTrue(raw.matches("(?s).*\r\nAllow: GET, POST\r\n.*"), raw);
    }

    @Test
    void anUnknownAddressIsAProblem() {
        RawHttp.Answer answer = RawHttp.get(server, ApiPaths.BASE + "/no/such/thing", council);

        assertEquals(404, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void aNulByteInThePathIsAProblemNotAnHtmlPage() {
        byte[] request = ("GET " + ApiPaths.PORTAL + "\0x HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        String encoded = RawHttp.overSocket(server, ("GET " + ApiPaths.BASE + "/por%00tal HTTP/1.1\r\nHost: x\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));

        for (String answer : new String[] {RawHttp.overSocket(server, request), encoded}) {
            assertTrue(answer.startsWith("HTTP/1.1 4"), answer);
            assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                    answer);
            assertFalse(answer.contains("<html"), answer);
        }
    }

    @Test
    void aTwentyKilobyteHeaderIsAProblemNotAnHtmlPage() {
        String answer = RawHttp.overSocket(server, ("GET " + ApiPaths.PORTAL + " HTTP/1.1\r\nHost: x\r\n"
                + "X-Big: " + "a".repeat(20 * 1024) + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));

        assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
        assertTrue(answer.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json"),
                answer);
        assertFalse(answer.contains("<html"), answer);
    }
}
