package org.providerdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.ui.actions.ActionsView;
import org.providerdesk.ui.actions.ActionsViewModel;
import org.providerdesk.ui.carepackages.LineItemsView;
import org.providerdesk.ui.carepackages.LineItemsViewModel;
import org.providerdesk.ui.common.TaskRunner;

/**
 * The actions page and the line items filter of the large provider (Oakleaf House) as a user meets them: the
 * real view models and views in a JavaFX scene, over an encrypted cache filled by a real sync from a server
 * process with the large demo data. "Shown" is: rows read, put in the table, and the table laid out.
 */
final class ActionsUiBenchmark implements Benchmarks.Benchmark {

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
        Path home = Files.createTempDirectory("desk-ui-bench");
        Benchmarks.startJavaFx();
        try (LocalCache cache = LocalCache.open(home.resolve("cache"), DemoUsers.PASSWORD.toCharArray(),
                new CacheKey(1))) {
            new SyncEngine(client, cache, Clock.systemUTC()).sync(id, status -> { });
            System.out.println("# cache rows by kind: " + new CacheStore(cache).counts(id));
            onFx(() -> actionsPage(cache, id));
            onFx(() -> lineItemsFilter(cache, id));
        }
    }

    private static Void actionsPage(LocalCache cache, long id) {
        List<Double> times = new ArrayList<>();
        int shown = 0;
        // The page's view is built once per session (see Page.view); opening the page reads the list again
        ActionsViewModel model = new ActionsViewModel(cache, TaskRunner.inline(), Clock.systemDefaultZone(),
                message -> { });
        model.openOnly().set(false);
        Parent view = new ActionsView(model, row -> { }, () -> { }).build();
        new Scene(view, 1366, 768);
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            long start = System.nanoTime();
            model.load(id);
            view.applyCss();
            view.layout();
            double ms = (System.nanoTime() - start) / 1e6;
            shown = model.rows().size();
            if (run >= WARM_UP) {
                times.add(ms);
            }
        }
        System.out.println("# actions page: " + shown + " actions listed");
        Benchmarks.print("ui.actions_page.ms", Benchmarks.median(times), "ms");
        return null;
    }

    private static Void lineItemsFilter(LocalCache cache, long id) {
        LineItemsViewModel model = new LineItemsViewModel(cache, TaskRunner.inline(), Clock.systemDefaultZone());
        model.includeHistorical().set(true);
        Parent view = new LineItemsView(model, row -> { }).build();
        new Scene(view, 1366, 768);
        model.load(id);
        view.applyCss();
        view.layout();
        int all = model.rows().size();
        String name = model.rows().get(all / 3).item().clientName();
        String typed = name.substring(name.lastIndexOf(' ') + 1);
        List<Double> times = new ArrayList<>();
        for (int run = 0; run < WARM_UP + RUNS; run++) {
            for (int length = 1; length <= typed.length(); length++) {
                String text = typed.substring(0, length);
                long start = System.nanoTime();
                model.filter().set(text);
                view.applyCss();
                view.layout();
                double ms = (System.nanoTime() - start) / 1e6;
                if (run >= WARM_UP) {
                    times.add(ms);
                }
            }
            model.filter().set("");
        }
        System.out.println("# line items filter: " + all + " line items, typing \"" + typed.length()
                + " letters\" one keystroke at a time");
        Benchmarks.print("ui.line_items_filter.ms", Benchmarks.median(times), "ms");
        return null;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.call());
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        return done.get(10, TimeUnit.MINUTES);
    }

    private static String awaitReady(Process server) throws Exception {
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
