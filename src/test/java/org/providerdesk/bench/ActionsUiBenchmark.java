package org.providerdesk.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.providerdesk.client.cache.LocalCache;
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

    private static final int WARM_UP = 5;
    private static final int RUNS = 15;

    @Override
    public void run() throws Exception {
        try (LargeProvider large = LargeProvider.synced("desk-ui-bench")) {
            Benchmarks.startJavaFx();
            onFx(() -> actionsPage(large.cache(), large.id()));
            onFx(() -> lineItemsFilter(large.cache(), large.id()));
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
}
