package org.providerdesk.bench;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.data.Periods;
import org.providerdesk.client.data.ScheduleLines;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.providerdesk.ui.schedules.CacheScheduleData;
import org.providerdesk.ui.schedules.LineRow;
import org.providerdesk.ui.schedules.LineTables;
import org.providerdesk.ui.schedules.LinesModel;
import org.providerdesk.ui.schedules.PeriodRow;
import org.providerdesk.ui.schedules.SchedulesView;
import org.providerdesk.ui.schedules.SchedulesViewModel;

/**
 * The Scheduled payments page on the large provider's synced, encrypted cache, in a real (headless) JavaFX window:
 * {@code ui.open_period.ms}, from choosing a period of about 1,500 lines on the left until the laid-out table
 * shows its lines (read from the cache off the JavaFX thread, as on the desktop; two periods alternate, so nothing
 * is answered from a screen's memory); and {@code ui.schedule_filter.ms}, from a keystroke in the filter field
 * until the table shows the matching lines, with the page's lines model holding all 100,000 schedule lines.
 */
final class PaymentsUiBenchmark implements Benchmarks.Benchmark {

    private static final int WARM_UP = 4;
    private static final int RUNS = 11;

    @Override
    public void run() throws Exception {
        try (LargeProvider provider = LargeProvider.synced("desk-ui-bench")) {
            measure(provider.provider(), provider.cache());
        }
    }

    private static void measure(ProviderSummary large, LocalCache cache) throws Exception {
        startHeadlessFx();
        WorkerTaskRunner runner = WorkerTaskRunner.forJavaFx();
        try (DeskSession session = DeskSession.offline(cache, Clock.systemUTC())) {
            SchedulesViewModel model = new SchedulesViewModel(new CacheScheduleData(session, Clock.systemUTC()),
                    runner, Clock.systemUTC(), new When(ZoneId.of("Europe/London")), java.util.Optional::empty);
            Stage[] stage = new Stage[1];
            onFx(() -> {
                stage[0] = new Stage();
                stage[0].setScene(new Scene((javafx.scene.Parent) new SchedulesView(model).build(), 1366, 768));
                stage[0].show();
                model.providerChanged(large);
            });
            Scene scene = stage[0].getScene();
            waitFor(() -> model.chosen().get() != null && !model.lines().payable().isEmpty());
            openPeriod(model, scene);
            filter(cache, large.id(), scene);
            onFx(stage[0]::close);
        } finally {
            runner.close();
        }
    }

    private static void openPeriod(SchedulesViewModel model, Scene scene) throws Exception {
        @SuppressWarnings("unchecked")
        ListView<PeriodRow> list = (ListView<PeriodRow>) scene.lookup("#periodList");
        @SuppressWarnings("unchecked")
        TableView<LineRow> table = (TableView<LineRow>) scene.lookup("#payableLines");
        List<PeriodRow> biggest = model.periods().stream().filter(row -> row.schedule() != null)
                .sorted(Comparator.comparingInt((PeriodRow row) -> -row.schedule().row().payableLines())).limit(2)
                .toList();
        System.out.println("# periods of " + biggest.stream().map(row -> row.schedule().row().payableLines()
                + row.schedule().row().suspendedLines()).toList() + " lines");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            PeriodRow row = biggest.get(i % 2);
            long scheduleId = row.schedule().row().id();
            double ms = timeUntilShown(scene, () -> list.getSelectionModel().select(row),
                    () -> !table.getItems().isEmpty() && table.getItems().get(0).line().scheduleId() == scheduleId);
            if (i >= WARM_UP) {
                times.add(ms);
            }
        }
        Benchmarks.print("ui.open_period.ms", Math.round(Benchmarks.median(times) * 10) / 10.0, "ms");
    }

    private static void filter(LocalCache cache, long providerId, Scene scene) throws Exception {
        List<ScheduleLineView> all = new ArrayList<>();
        ScheduleLines lines = new ScheduleLines(cache);
        for (int year : new Periods(cache).years(providerId)) {
            new Periods(cache).ofYear(providerId, year).forEach(p -> all.addAll(lines.ofPeriod(providerId, p.id())));
        }
        LinesModel model = new LinesModel();
        TextField field = new TextField();
        @SuppressWarnings("unchecked")
        TableView<LineRow>[] table = new TableView[1];
        onFx(() -> {
            model.setLines(all);
            field.textProperty().bindBidirectional(model.filter());
            table[0] = LineTables.lines("filterBench", model.payable(), false);
            scene.setRoot(new javafx.scene.layout.VBox(field, table[0]));
        });
        ScheduleLineView someone = all.get(all.size() / 3);
        String name = someone.clientName().substring(someone.clientName().lastIndexOf(' ') + 1);
        String typed = name.substring(0, Math.min(3, name.length()));
        System.out.println("# filter over " + all.size() + " schedule lines, typing \"" + typed + "\" then more");
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            String text = i % 2 == 0 ? typed : typed.substring(0, typed.length() - 1);
            int expected = (int) all.stream().filter(l -> l.status() != org.providerdesk.domain.LineStatus.SUSPENDED
                    && LineRowSearch.matches(l, text)).count();
            double ms = timeUntilShown(scene, () -> field.setText(text),
                    () -> table[0].getItems().size() == expected);
            if (i >= WARM_UP) {
                times.add(ms);
            }
        }
        Benchmarks.print("ui.schedule_filter.ms", Math.round(Benchmarks.median(times) * 10) / 10.0, "ms");
    }

    /** The filter's rule, as the model applies it (client name and reference, any case). */
    private static final class LineRowSearch {
        static boolean matches(ScheduleLineView line, String text) {
            return (line.clientName() + " " + line.clientReference()).toLowerCase(java.util.Locale.ROOT)
                    .contains(text.strip().toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** From {@code act} on the FX thread until a layout pulse after which {@code shown} holds. */
    private static double timeUntilShown(Scene scene, Runnable act, BooleanSupplier shown) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done.isDone() && shown.getAsBoolean()) {
                done.complete(System.nanoTime());
            }
        };
        long[] start = new long[1];
        onFx(() -> {
            scene.addPostLayoutPulseListener(listener[0]);
            start[0] = System.nanoTime();
            act.run();
            Platform.requestNextPulse();
        });
        long end = done.get(60, TimeUnit.SECONDS);
        onFx(() -> scene.removePostLayoutPulseListener(listener[0]));
        return (end - start[0]) / 1e6;
    }

    private static void startHeadlessFx() throws Exception {
        Benchmarks.startJavaFx();
    }

    private static void onFx(Runnable work) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                work.run();
                done.complete(null);
            } catch (Throwable failure) {
                done.completeExceptionally(failure);
            }
        });
        done.get(60, TimeUnit.SECONDS);
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < until) {
            boolean[] holds = new boolean[1];
            onFx(() -> holds[0] = condition.getAsBoolean());
            if (holds[0]) {
                return;
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("The page did not open its period");
    }
}
