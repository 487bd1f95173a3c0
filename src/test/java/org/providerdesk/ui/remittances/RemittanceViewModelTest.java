package org.providerdesk.ui.remittances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.data.Remittances;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.reports.RemittanceAdviceReport;
import org.providerdesk.reports.ReportHeader;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.TaskRunner;

/** The page's state from a cache synced from the real server, without a screen. */
class RemittanceViewModelTest {

    @TempDir
    static Path home;
    private static TestServer server;
    private static LocalCache cache;
    private static ProviderSummary rosewood;
    private static Remittances remittances;
    private RemittanceViewModel model;

    @BeforeAll
    static void syncTheDemoProvider() {
        server = TestServer.start();
        PortalClient client = server.newClient();
        var session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        rosewood = session.user().providers().get(0);
        cache = LocalCache.open(home.resolve("cache"), DemoUsers.PASSWORD.toCharArray(), new CacheKey(1_000));
        new SyncEngine(client, cache, Clock.systemUTC(), 300, ApplyFaults.NONE).sync(rosewood.id(), s -> { });
        remittances = new Remittances(cache);
    }

    @AfterAll
    static void stop() {
        cache.close();
        server.close();
    }

    @BeforeEach
    void openThePage() {
        model = new RemittanceViewModel(source(), TaskRunner.inline());
        model.load(rosewood);
    }

    static RemittanceViewModel.Source source() {
        return new RemittanceViewModel.Source() {
            @Override public List<PaymentRunView> runs(long id) { return remittances.runs(id); }
            @Override public List<PeriodView> periods(long id) { return remittances.periodsWithLines(id); }
            @Override public List<RemittanceLineView> linesOfRun(long id, long run) {
                return remittances.linesOfRun(id, run);
            }
            @Override public List<RemittanceLineView> linesOfPeriod(long id, long period) {
                return remittances.linesOfPeriod(id, period);
            }
        };
    }

    @Test
    void eachViewDefaultsToTheMostRecentAndOffersEveryHistoricalOne() {
        List<PaymentRunView> runs = remittances.runs(rosewood.id());
        assertTrue(runs.size() > 12, "more than a year of runs: " + runs.size());
        PaymentRunView newest = runs.stream().max(Comparator.comparing(PaymentRunView::finalisedOn)).orElseThrow();
        assertEquals(newest.id(), model.run().get().id());
        assertEquals(runs.size(), model.runs().size());
        assertEquals(remittances.linesOfRun(rosewood.id(), newest.id()).size(), model.lines().size());

        model.view().set(RemittanceViewModel.View.BY_PERIOD);
        PeriodView latest = model.periods().stream().max(Comparator.comparing(PeriodView::startDate)).orElseThrow();
        assertEquals(latest.id(), model.period().get().id());
        assertTrue(model.lines().stream().allMatch(r -> r.line().periodId() == latest.id()));
        assertEquals(remittances.linesOfPeriod(rosewood.id(), latest.id()).size(), model.lines().size());
    }

    @Test
    void theTwoViewsAgreeOnAYearsTotal() {
        // every line of 2025/26 service: once through each run (filtered to the year), once through its periods
        BigDecimal byRuns = BigDecimal.ZERO;
        model.filterText().set("2025/26");
        for (PaymentRunView run : List.copyOf(model.runs())) {
            model.run().set(run);
            byRuns = byRuns.add(model.netValue());
        }
        model.filterText().set("");
        model.view().set(RemittanceViewModel.View.BY_PERIOD);
        BigDecimal byPeriods = BigDecimal.ZERO;
        int periods = 0;
        for (PeriodView period : List.copyOf(model.periods())) {
            if (period.financialYear() == 2025) {
                model.period().set(period);
                byPeriods = byPeriods.add(model.netValue());
                periods++;
            }
        }
        assertEquals(13, periods);
        assertTrue(byRuns.signum() > 0);
        assertEquals(0, byRuns.compareTo(byPeriods), byRuns + " by finalisation, " + byPeriods + " by period");
    }

    @Test
    void theStatusFilterShowsOnlyThatStatusAndTheTotalsFollowTheLinesShown() {
        PaymentRunView withRetraction = model.runs().stream()
                .filter(r -> remittances.linesOfRun(rosewood.id(), r.id()).stream()
                        .anyMatch(l -> l.status() == RemittanceStatus.RETRACTED))
                .findFirst().orElseThrow();
        model.run().set(withRetraction);
        String allNet = model.netTotal().get();
        model.statusFilter().set(RemittanceStatus.RETRACTED);
        assertFalse(model.shown().isEmpty());
        assertTrue(model.shown().stream().allMatch(r -> r.statusText().equals("Retracted")));
        assertTrue(model.netValue().signum() < 0, "a retraction takes money back");
        assertEquals("£0.00", model.paidTotal().get());
        assertTrue(model.shownCount().get().contains(" of "), model.shownCount().get());
        model.statusFilter().set(null);
        assertEquals(allNet, model.netTotal().get());
    }

    @Test
    void theTextFilterFindsAClientByPartOfTheName() {
        RemittanceRow first = model.lines().get(0);
        String part = first.line().clientName().substring(1, 4).toUpperCase();
        model.filterText().set(part);
        assertFalse(model.shown().isEmpty());
        assertTrue(model.shown().stream().allMatch(r -> r.matches(part.toLowerCase())));
        model.filterText().set("no client is called this");
        assertTrue(model.shown().isEmpty());
        assertEquals("£0.00", model.netTotal().get());
    }

    @Test
    void theReportIsTheWholeRunChosenWhateverTheFilter() throws Exception {
        model.filterText().set("no client is called this");
        ReportHeader header = new ReportHeader("Westbridge County Council", rosewood.name(), null);
        var report = (RemittanceAdviceReport) model.reportSource(p -> header).build();
        assertEquals(RemittanceAdviceReport.View.BY_FINALISATION, report.view());
        assertEquals(model.run().get().reference(), report.runReference());
        assertEquals(model.lines().size(), report.lines().size());

        model.view().set(RemittanceViewModel.View.BY_PERIOD);
        report = (RemittanceAdviceReport) model.reportSource(p -> header).build();
        assertEquals(RemittanceAdviceReport.View.BY_PERIOD, report.view());
        assertEquals("Period " + model.period().get().number() + " " + model.period().get().financialYearLabel(),
                report.periodLabel());
    }
}
