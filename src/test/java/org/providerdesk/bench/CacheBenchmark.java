package org.providerdesk.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.data.ActionList;
import org.providerdesk.client.data.Listed;
import org.providerdesk.client.data.Periods;
import org.providerdesk.client.data.ScheduleLines;
import org.providerdesk.client.data.Schedules;

/**
 * The typed readers on the large provider's encrypted cache, as the screens call them: the lines of one period,
 * a text filter over every schedule line, and the actions with their summary. The server runs in its own
 * process with the large demo data; the cache is filled by a real sync first (not timed).
 */
final class CacheBenchmark implements Benchmarks.Benchmark {

    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    @Override
    public void run() throws Exception {
        try (LargeProvider large = LargeProvider.synced("desk-cache-bench")) {
            measure(large.cache(), large.id());
        }
    }

    private static void measure(LocalCache cache, long id) {
        List<ScheduleSummary> schedules = new ArrayList<>();
        for (int year : new Periods(cache).years(id)) {
            new Schedules(cache).ofYear(id, year).stream().map(Listed::row).forEach(schedules::add);
        }
        ScheduleSummary biggest = schedules.stream()
                .max(Comparator.comparingInt(s -> s.payableLines() + s.suspendedLines())).orElseThrow();
        long periodId = biggest.period().id();
        ScheduleLines lines = new ScheduleLines(cache);
        List<ScheduleLineView> ofPeriod = lines.ofPeriod(id, periodId);
        ScheduleLineView someone = ofPeriod.get(ofPeriod.size() / 3);
        String filter = someone.clientName().substring(someone.clientName().lastIndexOf(' ') + 1);
        long allLines = new CacheStore(cache).counts(id).getOrDefault("scheduleLine", 0L);
        int matched = lines.matchingAnyPeriod(id, filter).size();
        LocalDate today = LocalDate.now();
        ActionList.Listing actions = new ActionList(cache).list(id, false, today);

        System.out.println("# period " + periodId + ": " + ofPeriod.size() + " lines; filter over " + allLines
                + " schedule lines matched " + matched + "; " + actions.actions().size() + " actions, summary "
                + actions.summary());
        Benchmarks.print("cache.open_period.ms", time(() -> lines.ofPeriod(id, periodId)), "ms");
        Benchmarks.print("cache.filter.ms", time(() -> lines.matchingAnyPeriod(id, filter)), "ms");
        Benchmarks.print("cache.actions.ms", time(() -> new ActionList(cache).list(id, false, today)), "ms");
    }

    /** The median of {@link #RUNS} timed calls after {@link #WARM_UP} untimed ones (a screen is opened often). */
    private static double time(Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        return Math.round(Benchmarks.median(times) * 10) / 10.0;
    }
}
