package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/**
 * Every list that can grow pages with a cursor (Link rel="next", Next-Cursor) like the action lists: schedule
 * lines, remittance lines and runs, an action's comments, the council's notices and a period's schedules. Walking
 * the pages of a small limit gives every row of one big page once, in the same order.
 */
class ListPagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static TestServer server;
    private static Jdbc jdbc;
    private static String helen;
    private static String council;
    private static long rosewood;

    @BeforeAll
    static void start() {
        server = TestServer.start();
        jdbc = server.server().database().jdbc();
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        helen = session.token();
        rosewood = session.user().providers().get(0).id();
        council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The pages of {@code path}, following Link rel="next" until none comes. */
    private static List<JsonNode> pages(String path, String token) throws Exception {
        List<JsonNode> pages = new ArrayList<>();
        String next = path;
        while (next != null) {
            try (Response response = HTTP.newCall(new Request.Builder().url(server.baseUrl() + next)
                    .header("Authorization", "Bearer " + token).build()).execute()) {
                String body = response.body().string();
                assertEquals(200, response.code(), body);
                pages.add(JSON.readTree(body));
                String link = response.header("Link");
                if (link == null) {
                    assertNull(response.header("Next-Cursor"));
                    next = null;
                } else {
                    assertNotNull(response.header("Next-Cursor"));
                    Matcher matcher = NEXT.matcher(link);
                    assertTrue(matcher.find(), link);
                    next = matcher.group(1);
                }
            }
            assertTrue(pages.size() < 1000, "the pages end");
        }
        return pages;
    }

    /** The ids of the rows {@code rows} picks from each page, in order, over every page. */
    private static List<Long> ids(List<JsonNode> pages, Function<JsonNode, List<JsonNode>> rows) {
        List<Long> ids = new ArrayList<>();
        for (JsonNode page : pages) {
            rows.apply(page).forEach(row -> ids.add(row.get("id").asLong()));
        }
        return ids;
    }

    private static List<JsonNode> array(JsonNode node) {
        List<JsonNode> rows = new ArrayList<>();
        node.forEach(rows::add);
        return rows;
    }

    private static void assertPagedLikeOnePage(String path, String token, int small, int big,
            Function<JsonNode, List<JsonNode>> rows) throws Exception {
        String joiner = path.contains("?") ? "&" : "?";
        List<JsonNode> whole = pages(path + joiner + "limit=" + big, token);
        assertEquals(1, whole.size(), "one big page holds them all");
        List<Long> everything = ids(whole, rows);
        assertTrue(everything.size() > small, path + " has enough rows to page: " + everything.size());

        List<JsonNode> paged = pages(path + joiner + "limit=" + small, token);

        assertTrue(paged.size() >= 2, "several pages");
        assertEquals(everything, ids(paged, rows), "every row once, in the same order");
    }

    private long scheduleWithMostLines() {
        return jdbc.first("SELECT schedule_id FROM schedule_line WHERE provider_id = ? GROUP BY schedule_id "
                + "ORDER BY COUNT(*) DESC, schedule_id LIMIT 1", row -> row.getLong(1), rosewood).orElseThrow();
    }

    @Test
    void aScheduleSendsItsLinesAPageAtATimeWithTheWholeSchedulesTotalsOnEachPage() throws Exception {
        long schedule = scheduleWithMostLines();
        String path = PaymentPaths.schedule(PaymentPaths.SCHEDULE, rosewood, schedule);
        Function<JsonNode, List<JsonNode>> lines = page -> {
            List<JsonNode> all = array(page.get("payableLines"));
            all.addAll(array(page.get("nonPayableLines")));
            return all;
        };
        List<Long> everything = ids(pages(path + "?limit=5000", helen), lines);
        assertTrue(everything.size() > 3, "lines: " + everything.size());

        List<JsonNode> paged = pages(path + "?limit=2", helen);

        List<Long> pagedIds = ids(paged, lines);
        assertEquals(everything.size(), pagedIds.size(), "no line twice, none missed");
        assertEquals(everything.stream().sorted().toList(), pagedIds.stream().sorted().toList());
        JsonNode summary = paged.get(0).get("summary");
        paged.forEach(page -> assertEquals(summary, page.get("summary"), "each page has the schedule's totals"));
        assertEquals(everything.size(), summary.get("payableLines").asInt() + summary.get("suspendedLines").asInt());
    }

    @Test
    void aRemittanceReportSendsItsLinesAPageAtATimeWithTheTotalsOfEveryLine() throws Exception {
        String path = ApiPaths.forProvider(PaymentPaths.REMITTANCES, rosewood) + "?view=period";
        assertPagedLikeOnePage(path, helen, 2, 5000, page -> array(page.get("lines")));

        List<JsonNode> whole = pages(path + "&limit=5000", helen);
        pages(path + "&limit=2", helen).forEach(page -> assertEquals(whole.get(0).get("totals"), page.get("totals")));
    }

    @Test
    void paymentRunsPageNewestFirst() throws Exception {
        assertPagedLikeOnePage(ApiPaths.forProvider(PaymentPaths.REMITTANCE_RUNS, rosewood), helen, 1, 500,
                ListPagingTest::array);
    }

    @Test
    void anActionSendsItsCommentsAPageAtATimeToTheProviderAndTheCouncil() throws Exception {
        long action = jdbc.first("SELECT m.action_id FROM action_comment m JOIN action a ON a.id = m.action_id "
                + "WHERE a.provider_id = ? GROUP BY m.action_id ORDER BY COUNT(*) DESC, m.action_id LIMIT 1",
                row -> row.getLong(1), rosewood).orElseThrow();

        assertPagedLikeOnePage(ActionPaths.providerAction(rosewood, action), helen, 1, 5000,
                page -> array(page.get("comments")));
        assertPagedLikeOnePage(ActionPaths.COUNCIL_ACTION.replace("{" + ActionPaths.ACTION_ID + "}",
                Long.toString(action)), council, 1, 5000, page -> array(page.get("comments")));
    }

    @Test
    void theCouncilsNoticesPageNewestFirst() throws Exception {
        assertPagedLikeOnePage(AccountPaths.COUNCIL_NOTICES, council, 1, 1000, ListPagingTest::array);
    }

    @Test
    void aPeriodsSchedulesPageForTheCouncil() throws Exception {
        long period = jdbc.first("SELECT period_id FROM payment_schedule GROUP BY period_id "
                + "ORDER BY COUNT(*) DESC, period_id LIMIT 1", row -> row.getLong(1)).orElseThrow();
        assertPagedLikeOnePage(PaymentPaths.COUNCIL_SCHEDULES + "?periodId=" + period, council, 1, 5000,
                ListPagingTest::array);
    }

    @Test
    void aProvidersCarePackagesAndClientsPage() throws Exception {
        assertPagedLikeOnePage(ApiPaths.forProvider(ApiPaths.PROVIDER_CARE_PACKAGES, rosewood)
                + "?includeHistorical=true", helen, 2, 5000, ListPagingTest::array);
        assertPagedLikeOnePage(ApiPaths.forProvider(ApiPaths.PROVIDER_CARE_PACKAGES, rosewood), helen, 2, 5000,
                ListPagingTest::array);
        assertPagedLikeOnePage(ApiPaths.forProvider(ApiPaths.PROVIDER_CLIENTS, rosewood), helen, 2, 5000,
                ListPagingTest::array);
    }

    @Test
    void aCursorOfAnotherListIsRefusedNamingIt() {
        long schedule = scheduleWithMostLines();
        long otherLine = jdbc.first("SELECT id FROM schedule_line WHERE schedule_id <> ? ORDER BY id LIMIT 1",
                row -> row.getLong(1), schedule).orElseThrow();

        RawHttp.Answer answer = RawHttp.get(server, PaymentPaths.schedule(PaymentPaths.SCHEDULE, rosewood, schedule)
                + "?after=r~" + otherLine, helen);

        assertEquals(400, answer.status());
        assertTrue(answer.body().contains("\"after\""), answer.body());
        RawHttp.Answer limit = RawHttp.get(server, AccountPaths.COUNCIL_NOTICES + "?limit=0", council);
        assertEquals(400, limit.status());
        assertTrue(limit.body().contains("\"limit\""), limit.body());
    }
}
