package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Action lists stop at their limit and say how to ask for the rest (Link rel="next", Next-Cursor). */
class ActionPagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;
    private static String helen;
    private static String council;
    private static long rosewood;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        helen = session.token();
        rosewood = session.user().providers().get(0).id();
        council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Follows Link rel="next" from {@code path}; the ids of every page in order. */
    private static List<Long> follow(String path, String token) throws Exception {
        List<Long> ids = new ArrayList<>();
        String next = path;
        int pages = 0;
        while (next != null) {
            try (Response response = HTTP.newCall(new Request.Builder().url(server.baseUrl() + next)
                    .header("Authorization", "Bearer " + token).build()).execute()) {
                assertEquals(200, response.code());
                for (JsonNode action : JSON.readTree(response.body().string())) {
                    ids.add(action.get("id").asLong());
                }
                String link = response.header("Link");
                if (link == null) {
                    assertNull(response.header("Next-Cursor"));
                    next = null;
                } else {
                    Matcher matcher = NEXT.matcher(link);
                    assertTrue(matcher.find(), link);
                    next = matcher.group(1);
                }
            }
            assertTrue(++pages < 1000, "the pages end");
        }
        return ids;
    }

    private static List<Long> all(String path, String token) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (JsonNode action : JSON.readTree(RawHttp.get(server, path, token).body())) {
            ids.add(action.get("id").asLong());
        }
        return ids;
    }

    @Test
    void aProviderFollowsTheCursorThroughEveryAction() throws Exception {
        String base = ActionPaths.providerActions(rosewood) + "?openOnly=false";
        List<Long> everything = all(base + "&limit=5000", helen);
        assertTrue(everything.size() > 3, "enough demo actions to page: " + everything.size());

        List<Long> paged = follow(base + "&limit=2", helen);

        assertEquals(everything, paged, "every action once, in the same order");
    }

    @Test
    void theCouncilFollowsTheCursorThroughEveryAction() throws Exception {
        String base = ActionPaths.COUNCIL_ACTIONS + "?openOnly=false";
        List<Long> everything = all(base + "&limit=500", council);
        assertTrue(everything.size() > 3);

        assertEquals(everything.subList(0, Math.min(everything.size(), 500)), follow(base + "&limit=7", council)
                .subList(0, Math.min(everything.size(), 500)));
    }

    @Test
    void aMalformedCursorIsRefusedNamingIt() {
        RawHttp.Answer answer = RawHttp.get(server, ActionPaths.providerActions(rosewood) + "?after=garbage", helen);

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"after\""), answer.body());
    }
}
