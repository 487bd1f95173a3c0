package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class BadRequestTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static RawHttp.Answer login(String body) {
        return RawHttp.post(server, ApiPaths.LOGIN, null, body);
    }

    @Test
    void emptyFieldsAreNamed() {
        RawHttp.Answer answer = login("{\"email\":\"\",\"password\":\"\"}");

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(answer.body().contains("\"email\":\"Enter your e-mail address.\""), answer.body());
        assertTrue(answer.body().contains("\"password\":\"Enter your password.\""), answer.body());
    }

    @Test
    void anAddressWithoutAtSignIsNamed() {
        RawHttp.Answer answer = login("{\"email\":\"helen.marsh\",\"password\":\"whatever-it-is\"}");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"email\""), answer.body());
    }

    @Test
    void malformedJsonIsA400ProblemWithoutStackTrace() {
        RawHttp.Answer answer = login("{\"email\": ");

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
        assertFalse(answer.body().contains("at org."), answer.body());
        assertFalse(answer.body().contains("Exception"), answer.body());
    }

    @Test
    void anUnknownFieldIsNamed() {
        RawHttp.Answer answer = login("{\"email\":\"a@b.example\",\"password\":\"x\",\"admin\":true}");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"admin\""), answer.body());
    }

    @Test
    void aWrongTypeIsNamed() {
        RawHttp.Answer answer = login("{\"email\":[1,2],\"password\":\"x\"}");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"email\""), answer.body());
    }

    @Test
    void aCodeThatIsNotSixDigitsIsNamed() {
        RawHttp.Answer answer = RawHttp.post(server, ApiPaths.LOGIN_CODE, null,
                "{\"attemptId\":\"abc\",\"code\":\"12ab\"}");

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("The code is the 6 digits from the e-mail."), answer.body());
    }

    @Test
    void anEmptyBodyIsRefused() {
        RawHttp.Answer answer = login(null);

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void anOversizedBodyIsRefusedWith413() {
        String huge = "{\"email\":\"" + "a".repeat(2 * 1024 * 1024) + "\",\"password\":\"x\"}";

        RawHttp.Answer answer = login(huge);

        assertEquals(413, answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }

    @Test
    void aWrongMethodIsAProblem() {
        RawHttp.Answer answer = RawHttp.call(server, "DELETE", ApiPaths.LOGIN, null, null);

        assertTrue(answer.status() == 404 || answer.status() == 405, "status " + answer.status());
        assertEquals("application/problem+json", answer.contentType());
    }
}
