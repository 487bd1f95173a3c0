package org.providerdesk.client.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.LineItemView;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ScheduleDetail;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** The typed readers answer what the portal itself answers for the same question, from the synced cache. */
class CacheReadersTest {

    private static final ObjectMapper JSON = JsonMapping.lenient();

    @TempDir
    Path home;
    private TestServer server;
    private LocalCache cache;
    private long providerId;
    private String token;
    private LocalDate today;

    @BeforeEach
    void syncTheDemoProvider() {
        server = TestServer.start();
        PortalClient client = server.newClient();
        var session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        token = session.token();
        providerId = session.user().providers().get(0).id();
        cache = LocalCache.open(home.resolve("cache"), DemoUsers.PASSWORD.toCharArray(), new CacheKey(1_000));
        new SyncEngine(client, cache, Clock.systemUTC(), 300, ApplyFaults.NONE).sync(providerId, status -> { });
        today = LocalDate.ofInstant(server.clock().instant(), ZoneId.of("Europe/London"));
    }

    @AfterEach
    void stop() {
        cache.close();
        server.close();
    }

    @Test
    void theLinesOfAPeriodAreTheLinesOfItsScheduleOnThePortal() throws Exception {
        List<ScheduleSummary> schedules = new Schedules(cache).ofYear(providerId, 2026).stream().map(Listed::row).toList();
        assertFalse(schedules.isEmpty(), "the demo provider has schedules in 2026/27");
        for (ScheduleSummary schedule : schedules) {
            ScheduleDetail detail = get(PaymentPaths.schedule(PaymentPaths.SCHEDULE, providerId, schedule.id()),
                    new TypeReference<>() { });
            List<ScheduleLineView> expected = new java.util.ArrayList<>(detail.payableLines());
            expected.addAll(detail.nonPayableLines());
            expected.sort(Comparator.comparingLong(ScheduleLineView::id));
            assertEquals(expected, new ScheduleLines(cache).ofPeriod(providerId, schedule.period().id()));
            assertEquals(detail.summary(), schedule);
        }
    }

    @Test
    void theTextFilterFindsLinesByClientNameOrReferenceInAnyCase() {
        long periodId = new Schedules(cache).ofYear(providerId, 2026).get(0).row().period().id();
        List<ScheduleLineView> all = new ScheduleLines(cache).ofPeriod(providerId, periodId);
        ScheduleLineView someone = all.get(all.size() / 2);
        String lastName = someone.clientName().substring(someone.clientName().lastIndexOf(' ') + 1);

        List<ScheduleLineView> byName = new ScheduleLines(cache).matching(providerId, periodId,
                lastName.toUpperCase(Locale.ROOT));
        List<ScheduleLineView> byReference = new ScheduleLines(cache).matching(providerId, periodId,
                someone.clientReference());

        assertEquals(all.stream().filter(l -> l.clientName().toLowerCase(Locale.ROOT)
                .contains(lastName.toLowerCase(Locale.ROOT))).toList(), byName);
        assertTrue(byReference.contains(someone));
        assertTrue(byReference.stream().allMatch(l -> l.clientReference().contains(someone.clientReference())));
        assertTrue(new ScheduleLines(cache).matching(providerId, periodId, "%").isEmpty(), "% is a character");
    }

    @Test
    void theActionSummaryIsThePortalsSummary() throws Exception {
        ActionSummary portal = get(ApiPaths.forProvider(ActionPaths.PROVIDER_ACTION_SUMMARY, providerId),
                new TypeReference<>() { });

        ActionList.Listing open = new ActionList(cache).list(providerId, true, today);
        ActionList.Listing all = new ActionList(cache).list(providerId, false, today);

        assertEquals(portal, open.summary());
        assertEquals(portal, all.summary());
        assertTrue(open.actions().stream().allMatch(a -> a.row().status() == ActionStatus.OPEN));
        assertTrue(all.actions().size() > open.actions().size(), "the demo has closed actions too");
    }

    @Test
    void historicalLineItemsAreHiddenAndCountedUnlessAskedFor() throws Exception {
        List<LineItemView> current = get(ApiPaths.forProvider(ApiPaths.PROVIDER_CARE_PACKAGES, providerId),
                new TypeReference<>() { });
        List<LineItemView> all = get(ApiPaths.forProvider(ApiPaths.PROVIDER_CARE_PACKAGES, providerId)
                + "?includeHistorical=true", new TypeReference<>() { });

        LineItems.Listing shown = new LineItems(cache).list(providerId, false, today);
        LineItems.Listing everything = new LineItems(cache).list(providerId, true, today);

        assertEquals(sorted(current), sorted(shown.items()));
        assertEquals(all.size() - current.size(), shown.hiddenHistorical());
        assertEquals(sorted(all), sorted(everything.items()));
        assertEquals(0, everything.hiddenHistorical());
    }

    @Test
    void periodsAreGroupedByFinancialYear() {
        List<Integer> years = new Periods(cache).years(providerId);
        assertFalse(years.isEmpty());
        for (int year : years) {
            List<PeriodView> periods = new Periods(cache).ofYear(providerId, year);
            assertTrue(periods.stream().allMatch(p -> p.financialYear() == year));
        }
        assertTrue(new Organisations(cache).of(providerId).isPresent());
        assertFalse(new Contacts(cache).all(providerId).isEmpty());
        assertEquals(19, new Clients(cache).all(providerId).size());
    }

    private static List<LineItemView> sorted(List<LineItemView> items) {
        return items.stream().sorted(Comparator.comparingLong(LineItemView::id)).toList();
    }

    private <T> T get(String path, TypeReference<T> type) throws Exception {
        RawHttp.Answer answer = RawHttp.get(server, path, token);
        assertEquals(200, answer.status(), answer.body());
        return JSON.readValue(answer.body(), type);
    }
}
