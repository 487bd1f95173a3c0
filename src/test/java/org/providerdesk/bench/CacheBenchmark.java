package org.providerdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.data.ActionList;
import org.providerdesk.client.data.Listed;
import org.providerdesk.client.data.Periods;
import org.providerdesk.client.data.ScheduleLines;
import org.providerdesk.client.data.Schedules;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.server.demo.DemoUsers;

/**
 * The typed readers on the large provider's encrypted cache, as the screens call them: the lines of one period,
 * a text filter over every schedule line, and the actions with their summary. The server runs in its own
 * process with the large demo data; the cache is filled by a real sync first (not timed).
 */
final class CacheBenchmark implements Benchmarks.Benchmark {

    private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");
    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    @Override
    public void run() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process server = new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "org.providerdesk.app.Main", "--server", "--host", "127.0.0.1", "--port", "0", "--db",
                "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--demo-data", "--demo-size", "large")
                .redirectErrorStream(true).start();
        try {
            measure(awaitReady(server));
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static void measure(String url) throws Exception {
        PortalClient client = PortalClient.forUrl(url);
        var challenge = client.startLogin(DemoUsers.GROUP_ADMINISTRATOR, DemoUsers.PASSWORD);
        client.finishLogin(challenge.attemptId(),
                client.demoInbox().get(0).body().replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1"));
        ProviderSummary large = client.me().providers().stream()
                .filter(provider -> provider.name().equals("Oakleaf House")).findFirst().orElseThrow();
        long id = large.id();
        Path home = Files.createTempDirectory("desk-cache-bench");
        try (LocalCache cache = LocalCache.open(home.resolve("cache"), DemoUsers.PASSWORD.toCharArray(),
                new CacheKey(1))) {
            new SyncEngine(client, cache, Clock.systemUTC()).sync(id, status -> { });
            System.out.println("# cache rows by kind: " + new CacheStore(cache).counts(id));

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

    static String awaitReady(Process server) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return ready.group(1);
            }
        }
        throw new IllegalStateException("The benchmark server stopped before it was ready");
    }
}
