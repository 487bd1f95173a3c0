package org.providerdesk.ui.carepackages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.TaskRunner;

/** The line items of Rosewood Lodge, synced from the real server's demo data. */
class LineItemsViewModelTest {

    @TempDir
    Path folder;
    private TestServer server;
    private LocalCache cache;
    private LineItemsViewModel model;
    private LocalDate today;

    @BeforeEach
    void start() {
        server = TestServer.start();
        PortalClient client = server.newClient();
        long providerId = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).user().providers().get(0).id();
        cache = LocalCache.open(folder.resolve("cache"), DemoUsers.PASSWORD.toCharArray(), new CacheKey(1_000));
        new SyncEngine(client, cache, Clock.systemUTC(), 500, ApplyFaults.NONE).sync(providerId, status -> { });
        Instant at = server.clock().instant();
        Clock london = Clock.fixed(at, ZoneId.of("Europe/London"));
        today = LocalDate.now(london);
        model = new LineItemsViewModel(cache, TaskRunner.inline(), london);
        model.load(providerId);
    }

    @AfterEach
    void stop() {
        cache.close();
        server.close();
    }

    private boolean showsItemEnded(LocalDate end) {
        return model.rows().stream().anyMatch(row -> end.equals(row.item().endDate()));
    }

    @Test
    void includeHistoricalShowsTheItemThatEnded29DaysAgoAndWithoutItSaysHowManyAreHidden() {
        LocalDate ended29DaysAgo = today.minusDays(29);
        assertFalse(showsItemEnded(ended29DaysAgo));
        assertTrue(model.hiddenNote().get().matches("\\d+ line items? that ended more than 28 days ago (is|are) "
                + "hidden\\. Tick \"Include historical\" to see (it|them)\\."), model.hiddenNote().get());

        model.includeHistorical().set(true);

        assertTrue(showsItemEnded(ended29DaysAgo));
        assertEquals("", model.hiddenNote().get());
    }

    @Test
    void oneOfAUnitIsWrittenInTheSingular() {
        assertEquals("1 week", LineItemsViewModel.Row.units(java.math.BigDecimal.ONE, "weeks"));
        assertEquals("1 week", LineItemsViewModel.Row.units(new java.math.BigDecimal("1.00"), "weeks"));
        assertEquals("4 weeks", LineItemsViewModel.Row.units(new java.math.BigDecimal("4"), "weeks"));
        assertEquals("1.5 hours", LineItemsViewModel.Row.units(new java.math.BigDecimal("1.50"), "hours"));
        assertTrue(model.rows().stream().noneMatch(row -> row.units().startsWith("1 weeks")), "the demo's rows too");
    }

    @Test
    void theFilterMatchesNameReferenceOrServiceAndStaysWhenTheListIsReadAgain() {
        int all = model.rows().size();
        LineItemsViewModel.Row first = model.rows().get(0);
        String reference = first.item().clientReference();

        model.filter().set(reference.toLowerCase());
        assertTrue(model.rows().stream().allMatch(row -> row.item().clientReference().contains(reference)));
        assertTrue(model.rows().size() < all);
        model.filter().set("respite");
        assertTrue(model.rows().stream().allMatch(row -> row.service().equals("Respite care")));

        model.refresh();
        assertEquals("respite", model.filter().get());
        assertTrue(model.rows().stream().allMatch(row -> row.service().equals("Respite care")));
        assertTrue(model.shownNote().get().endsWith("line items match \"respite\""));
        model.filter().set("");
        assertEquals(all, model.rows().size());
    }
}
