package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.RouteTable.Route;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestDatabases;
import org.providerdesk.testing.TestServer;

/**
 * The most important test of the server: reads its own route table and calls every route as a stranger, as a
 * provider user on another provider's ids, as a provider user on council routes and as a council user on
 * provider routes. Every call must be refused with a problem and no data. A new route is covered by being
 * registered; a new path parameter needs an id in {@link AccessFixture}.
 */
class RouteAccessTest {

    /** Routes anyone may call. Adding one is a security decision: add it here on purpose. */
    private static final Set<String> PUBLIC_ROUTES = Set.of(
            "GET " + ApiPaths.PORTAL,
            "POST " + ApiPaths.LOGIN,
            "POST " + ApiPaths.LOGIN_CODE,
            "POST " + AccountPaths.PASSWORD_RESET,
            "POST " + AccountPaths.PASSWORD_RESET_CONFIRM,
            "GET " + ApiPaths.DEMO_INBOX);
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Set<String> PROBLEM_FIELDS = Set.of("type", "title", "status", "detail", "errors");

    private static TestServer server;
    private static AccessFixture fixture;
    private static String providerToken;
    private static String councilToken;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        server = TestServer.start();
        fixture = new AccessFixture(server, DemoUsers.GROUP_ADMINISTRATOR);
        providerToken = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();
        councilToken = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theServerRunsOnTheDatabaseTheTestsAskedFor() {
        assertEquals(TestDatabases.onPostgres(), server.server().database().isPostgres());
    }

    @Test
    void everyPublicRouteIsPublicOnPurpose() {
        for (Route route : server.server().routes()) {
            boolean open = route.access() == Access.PUBLIC || route.access() == Access.DEMO_ONLY;
            assertEquals(open, PUBLIC_ROUTES.contains(route.method() + " " + route.path()),
                    route + " is public without being listed, or listed without being public");
        }
    }

    @Test
    void strangersAreRefusedEverywhereButThePublicRoutes() {
        for (Route route : guarded()) {
            assertRefused(route, call(route, fixture.ourProvider(), null), Set.of(401));
        }
    }

    @Test
    void aProviderUserCannotReachAnotherProvidersData() {
        for (Route route : guarded()) {
            if (!providerScoped(route)) {
                continue;
            }
            assertRefused(route, call(route, fixture.theirProvider(), providerToken), Set.of(403, 404));
        }
    }

    @Test
    void aProviderUserCannotReachAnotherProvidersRecordsThroughTheirOwnProvider() {
        for (Route route : guarded()) {
            if (!providerScoped(route) || parameters(route).size() < 2) {
                continue;
            }
            String path = fill(route, fixture.theirProvider()).replaceFirst("/providers/\\d+/",
                    "/providers/" + fixture.ourProvider() + "/");
            RawHttp.Answer answer = RawHttp.call(server, route.method().name(), path, providerToken, body(route));
            assertRefused(route, answer, Set.of(400, 403, 404, 409, 412, 422, 428));
        }
    }

    @Test
    void providerUsersNeverReachCouncilRoutes() {
        for (Route route : guarded()) {
            if (route.access() == Access.COUNCIL) {
                assertRefused(route, call(route, fixture.ourProvider(), providerToken), Set.of(403));
            }
        }
    }

    @Test
    void councilUsersNeverSeeProviderScreens() {
        for (Route route : guarded()) {
            if (providerScoped(route)) {
                assertRefused(route, call(route, fixture.theirProvider(), councilToken), Set.of(403));
            }
        }
    }

    private static boolean providerScoped(Route route) {
        return route.path().contains("{" + ApiPaths.PROVIDER_ID + "}");
    }

    private static List<Route> guarded() {
        List<Route> routes = new ArrayList<>();
        for (Route route : server.server().routes()) {
            if (route.access() != Access.PUBLIC && route.access() != Access.DEMO_ONLY) {
                routes.add(route);
            }
        }
        assertFalse(routes.isEmpty());
        return routes;
    }

    private static RawHttp.Answer call(Route route, long providerId, String token) {
        return RawHttp.call(server, route.method().name(), fill(route, providerId), token, body(route));
    }

    private static String body(Route route) {
        return switch (route.method().name()) {
            case "POST", "PUT", "PATCH" -> "{}";
            default -> null;
        };
    }

    private static List<String> parameters(Route route) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(route.path());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String fill(Route route, long providerId) {
        String path = route.path();
        for (String parameter : parameters(route)) {
            String value = fixture.valueFor(parameter, providerId);
            if (value == null) {
                fail("RouteAccessTest has no id for {" + parameter + "} of " + route + ": add it to AccessFixture");
            }
            path = path.replace("{" + parameter + "}", value);
        }
        return path;
    }

    private static void assertRefused(Route route, RawHttp.Answer answer, Set<Integer> allowed) {
        assertTrue(allowed.contains(answer.status()),
                route + " answered " + answer.status() + ", expected one of " + allowed + ": " + answer.body());
        assertEquals("application/problem+json", answer.contentType(), route + " must answer with a problem");
        try {
            JsonNode body = JSON.readTree(answer.body());
            assertNotNull(body);
            body.fieldNames().forEachRemaining(field -> assertTrue(PROBLEM_FIELDS.contains(field),
                    route + " leaked a field '" + field + "' in its refusal"));
        } catch (java.io.IOException e) {
            fail(route + " answered something that is not JSON");
        }
        assertFalse(answer.body().contains("Rosewood"), route + " named the other provider");
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
