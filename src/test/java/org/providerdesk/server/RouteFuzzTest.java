package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import okhttp3.MediaType;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.web.RouteTable.Route;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/**
 * Hostile input on every route of the route table (jqwik): generated and mutated bodies, path and query
 * parameters, media types and headers, with no token, a bad one, a provider's or the council's. The server never
 * answers 5xx, every error is problem+json, and a refused request changes nothing (the change counter and the
 * row counts of what requests write are the same before and after).
 */
class RouteFuzzTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final List<String> FIELDS = List.of("email", "password", "attemptId", "code", "type",
            "relatedTo", "clientId", "lineItemId", "assignTeam", "title", "text", "variation", "contractedHours",
            "dayOrWeek", "actualHours", "reason", "extraValue", "from", "to", "lines", "hours", "comments",
            "dueWorkingDays", "currentPassword", "newPassword", "confirmPassword", "token", "close", "outcome",
            "startsAt", "endsAt", "blocksLogin", "id", "providerId");
    private static final List<String> ODD_TEXTS = List.of("", " ", "VARIATION", "CLIENT", "LINE_ITEM", "WEEK",
            "NASC_PAYMENTS", "ASC_BROKERAGE", "APPROVED", "2026-11-16", "2026-02-30", "24:00", "1e309", "-0",
            "\u0000", "\uD83D\uDE00", "<script>", "' OR 1=1 --", "x".repeat(5000), DemoUsers.PASSWORD,
            DemoUsers.GROUP_ADMINISTRATOR, "NaN", "null", "9223372036854775808");
    private static final List<String> QUERY_NAMES = List.of("after", "limit", "financialYear", "openOnly",
            "includeHistorical", "cursor", "status", "type", "from", "to", "q", "clientId", "providerId", "team");
    private static final List<String> QUERY_VALUES = List.of("", "0", "-1", "1", "25", "2026", "true", "garbage",
            "9223372036854775807", "9223372036854775808", "1.5", "%00", "%zz", "2026-13-01", "a,b", "OPEN");
    private static final List<String> PATH_VALUES = List.of("0", "-1", "99999999", "9223372036854775808", "abc",
            "1.0", "%20", "%00", "1e3", "VARIATION", "..");
    private static final List<String> MEDIA_TYPES = List.of("application/json", "application/json; charset=utf-8",
            "text/plain", "application/x-www-form-urlencoded", "application/problem+json", "application/xml",
            "application/json; charset=latin1", "multipart/form-data; boundary=x");
    private static final List<String> COUNTED = List.of("action", "action_comment", "idempotency_record", "notice",
            "user_session", "app_user", "contact", "password_reset", "schedule_line", "payment_schedule",
            "payment_run", "remittance_line", "late_release", "tombstone");

    private static TestServer server;
    private static AccessFixture fixture;
    private static List<Route> routes;
    private static String providerToken;
    private static String councilToken;

    /** One generated request. */
    record Fuzz(Route route, String token, List<String> pathValues, Map<String, String> query, String body,
            String mediaType, Map<String, String> headers) {
    }

    @BeforeContainer
    static void start() {
        server = TestServer.start();
        fixture = new AccessFixture(server, DemoUsers.GROUP_ADMINISTRATOR);
        providerToken = server.logIn(server.newClient(), DemoUsers.GROUP_ADMINISTRATOR).token();
        councilToken = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        routes = server.server().routes();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 700, shrinking = ShrinkingMode.BOUNDED, edgeCases = EdgeCasesMode.NONE, seed = "20261201")
    void noRequestGetsA5xxEveryErrorIsAProblemAndARefusalChangesNothing(@ForAll("requests") Fuzz fuzz) {
        Map<String, Long> before = snapshot();
        RawHttp.Answer answer = send(fuzz);
        Statistics.label("status").collect(answer.status());
        assertTrue(answer.status() < 500, () -> answer.status() + " for " + fuzz + ": " + answer.body());
        if (answer.status() >= 400) {
            assertEquals("application/problem+json", answer.contentType(), () -> fuzz + ": " + answer.body());
            assertEquals(before, snapshot(), () -> "refused with " + answer.status() + " but changed: " + fuzz);
        }
    }

    static RawHttp.Answer send(Fuzz fuzz) {
        String path = fuzz.route().path();
        List<String> names = parameters(fuzz.route());
        for (int i = 0; i < names.size(); i++) {
            path = path.replace("{" + names.get(i) + "}", fuzz.pathValues().get(i));
        }
        StringBuilder url = new StringBuilder(path);
        char separator = '?';
        for (var entry : fuzz.query().entrySet()) {
            url.append(separator).append(entry.getKey()).append('=').append(entry.getValue());
            separator = '&';
        }
        String method = fuzz.route().method().name();
        String body = method.equals("GET") || method.equals("DELETE") ? null : fuzz.body();
        return RawHttp.send(server, method, url.toString(), fuzz.token(), body, MediaType.get(fuzz.mediaType()),
                fuzz.headers());
    }

    @Provide
    Arbitrary<Fuzz> requests() {
        Arbitrary<Route> route = Arbitraries.of(routes);
        return route.flatMap(r -> Combinators.combine(token(r), pathValues(r), query(), body(), Arbitraries.of(
                MEDIA_TYPES).injectDuplicates(0.6), headers())
                .as((token, values, query, body, media, headers) -> new Fuzz(r, token, values, query, body, media,
                        headers)));
    }

    /** A logout with a real token would end the session the other tries use: logouts get none or a bad one. */
    private Arbitrary<String> token(Route route) {
        List<String> tokens = new ArrayList<>(List.of("", "not-a-token", "x".repeat(300)));
        if (!route.path().equals(ApiPaths.LOGOUT)) {
            tokens.addAll(List.of(providerToken, providerToken, councilToken, councilToken));
        }
        return Arbitraries.of(tokens).map(t -> t.isEmpty() ? null : t);
    }

    private Arbitrary<List<String>> pathValues(Route route) {
        List<String> names = parameters(route);
        List<Arbitrary<String>> values = new ArrayList<>();
        for (String name : names) {
            List<String> choices = new ArrayList<>(PATH_VALUES);
            String ours = fixture.valueFor(name, fixture.ourProvider());
            String theirs = fixture.valueFor(name, fixture.theirProvider());
            for (int i = 0; i < 4 && ours != null; i++) {
                choices.add(ours);
            }
            if (theirs != null) {
                choices.add(theirs);
            }
            values.add(Arbitraries.of(choices));
        }
        return values.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(values).as(List::copyOf);
    }

    private Arbitrary<Map<String, String>> query() {
        Arbitrary<String> value = Arbitraries.oneOf(Arbitraries.of(QUERY_VALUES),
                Arbitraries.strings().withCharRange('0', 'z').ofMaxLength(12));
        return Arbitraries.maps(Arbitraries.of(QUERY_NAMES), value).ofMaxSize(3)
                .map(LinkedHashMap::new);
    }

    private Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> key = Arbitraries.of("", " ", "k", "x".repeat(300), "00000000-0000-0000-0000-000000000000",
                "fuzz-" + System.nanoTime()).injectDuplicates(0.3);
        Arbitrary<String> ifMatch = Arbitraries.of("", "\"1\"", "*", "W/\"1\"", "\"9223372036854775808\"", "garbage");
        Arbitrary<String> forwarded = Arbitraries.of("", "10.0.0.1", "::1", "garbage, 1.2.3.4", "999.1.1.1");
        return Combinators.combine(key, ifMatch, forwarded).as((k, m, f) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            if (!k.isEmpty()) {
                headers.put(ApiPaths.IDEMPOTENCY_KEY, k);
            }
            if (!m.isEmpty()) {
                headers.put("If-Match", m);
            }
            if (!f.isEmpty()) {
                headers.put("X-Forwarded-For", f);
            }
            return headers;
        });
    }

    private Arbitrary<String> body() {
        Arbitrary<String> object = jsonObject(2);
        Arbitrary<String> truncated = object.flatMap(json -> Arbitraries.integers().between(0, json.length())
                .map(cut -> json.substring(0, cut)));
        Arbitrary<String> garbage = Arbitraries.strings().ofMaxLength(40);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, object), net.jqwik.api.Tuple.of(2, truncated),
                net.jqwik.api.Tuple.of(1, garbage), net.jqwik.api.Tuple.of(1, Arbitraries.of("", "[]", "null", "1",
                        "\"text\"", "{}", "{\"a\":1,\"a\":2}", "[".repeat(2000))));
    }

    private Arbitrary<String> jsonObject(int depth) {
        Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(FIELDS).injectDuplicates(0.1),
                Arbitraries.strings().alpha().ofMaxLength(6));
        return Arbitraries.maps(field, jsonValue(depth)).ofMaxSize(6).map(map -> {
            StringBuilder json = new StringBuilder("{");
            map.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(quote(k)).append(':').append(v));
            return json.append('}').toString();
        });
    }

    private Arbitrary<String> jsonValue(int depth) {
        List<Arbitrary<String>> choices = new ArrayList<>(List.of(
                Arbitraries.of(ODD_TEXTS).map(RouteFuzzTest::quote),
                Arbitraries.strings().ofMaxLength(20).map(RouteFuzzTest::quote),
                Arbitraries.longs().map(Object::toString),
                Arbitraries.bigDecimals().ofScale(3).map(Object::toString),
                Arbitraries.of("true", "false", "null", "1e400", "-1", "0", "10.9", "[]", "{}")));
        if (depth > 0) {
            choices.add(Arbitraries.lazy(() -> jsonObject(depth - 1)));
            choices.add(Arbitraries.lazy(() -> jsonObject(depth - 1)).list().ofMaxSize(3)
                    .map(list -> "[" + String.join(",", list) + "]"));
        }
        return Arbitraries.oneOf(choices);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static List<String> parameters(Route route) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(route.path());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    /** What a request could write: the change counter (every synced row) and the row counts. */
    private static Map<String, Long> snapshot() {
        var jdbc = server.server().database().jdbc();
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("change_counter", jdbc.first("SELECT last_value FROM change_counter WHERE id = 1",
                row -> row.getLong(1)).orElseThrow());
        for (String table : COUNTED) {
            counts.put(table, jdbc.count("SELECT COUNT(*) FROM " + table));
        }
        return counts;
    }
}
