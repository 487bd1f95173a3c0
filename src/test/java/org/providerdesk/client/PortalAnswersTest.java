package org.providerdesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.UserInfo;

/** How the client takes what a portal (or whatever answers in its place) sends back. */
class PortalAnswersTest {

    private MockWebServer portal;
    private PortalClient client;

    @BeforeEach
    void start() throws IOException {
        portal = new MockWebServer();
        portal.start();
        HttpUrl url = portal.url("/");
        client = new PortalClient(() -> url);
    }

    @AfterEach
    void stop() {
        portal.close();
    }

    private void answer(int code, String body) {
        portal.enqueue(new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(body).build());
    }

    @Test
    void aBodyThatCannotBeReadIsAPortalErrorAndTheConnectionStaysOnline() {
        answer(200, "{\"id\": \"not a number\", <html>");

        PortalException error = assertThrows(PortalException.class, client::me);

        assertTrue(error.isOfType(ProblemTypes.SERVER_ERROR));
        assertTrue(client.connection().reachable(), "the portal answered: it is not offline");
    }

    @Test
    void enumValuesFromANewerServerAreReadAsUnknownInsteadOfFailing() {
        answer(200, "{\"id\":5,\"name\":\"Helen\",\"email\":\"h@example.org\",\"role\":\"AUDITOR\",\"providers\":"
                + "[{\"id\":1,\"name\":\"Rosewood\",\"kind\":\"DAY_CENTRE\",\"councilReference\":\"P1\"}]}");

        UserInfo user = client.me();

        assertEquals("Helen", user.name());
        assertNull(user.role());
        assertNull(user.providers().get(0).kind());
    }

    @Test
    void anAnswerFarLargerThanAnyRealOneIsRefusedUnread() {
        StringBuilder huge = new StringBuilder("{\"name\":\"");
        huge.append("x".repeat((int) PortalClient.MAX_ANSWER_BYTES + 10)).append("\"}");
        answer(200, huge.toString());

        PortalException error = assertThrows(PortalException.class, client::me);

        assertTrue(error.isOfType(ProblemTypes.TOO_LARGE));
        assertTrue(client.connection().reachable());
    }

    @Test
    void anErrorPageOfAProxyIsAPortalErrorWithTheStatus() {
        portal.enqueue(new MockResponse.Builder().code(502).body("<html>Bad gateway</html>").build());

        PortalException error = assertThrows(PortalException.class, client::me);

        assertEquals(502, error.status());
        assertInstanceOf(PortalException.class, error);
    }

    @Test
    void aRefusedLoginIsNotAnExpiredSession() {
        answer(401, "{\"type\":\"" + ProblemTypes.WRONG_CREDENTIALS + "\",\"title\":\"Wrong\",\"status\":401,"
                + "\"detail\":\"The e-mail address or password is not right.\"}");
        List<String> heard = new ArrayList<>();
        client.onSessionExpired(() -> heard.add("expired"));

        PortalException error = assertThrows(PortalException.class, () -> client.startLogin("a@b.c", "pw"));

        assertEquals(PortalException.class, error.getClass());
        assertEquals(List.of(), heard);
    }
}
