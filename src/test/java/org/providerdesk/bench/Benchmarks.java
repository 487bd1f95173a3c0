package org.providerdesk.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs the benchmarks named on the command line ("all" for every one). */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, Benchmark> all = new LinkedHashMap<>();
        all.put("startup", new StartupBenchmark());
        all.put("sync", new SyncBenchmark());
        all.put("cache", new CacheBenchmark());
        all.put("reports", new ReportsBenchmark());
        all.put("ui.actions", new ActionsUiBenchmark());
        all.put("ui.payments", new PaymentsUiBenchmark());
        all.put("load", new LoadBenchmark());
        // Needs the app image of packaging/build.sh, so "all" leaves it out: -Dbench.only=package
        Map<String, Benchmark> extra = Map.of("package", new PackageBenchmark());
        List<String> chosen = args.length == 0 || args[0].equals("all") ? List.copyOf(all.keySet())
                : Arrays.asList(args[0].split(","));
        for (String name : chosen) {
            Benchmark benchmark = all.getOrDefault(name.trim(), extra.get(name.trim()));
            if (benchmark == null) {
                throw new IllegalArgumentException("No benchmark called " + name + "; there are " + all.keySet());
            }
            benchmark.run();
        }
        // The JavaFX toolkit that the ui benchmarks share keeps its threads alive: end the process here.
        System.exit(0);
    }

    /**
     * Starts the JavaFX toolkit once for the ui benchmarks (headless Monocle unless there is a display); a second
     * call finds it running. Never exited by a benchmark, so the next one can use it.
     */
    static void startJavaFx() throws Exception {
        if (System.getenv("DISPLAY") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1440x900-32");
        }
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        try {
            javafx.application.Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
        javafx.application.Platform.setImplicitExit(false);
    }

    /** One benchmark: prints its BENCH lines. */
    interface Benchmark {
        void run() throws Exception;
    }

    static void print(String name, double value, String unit) {
        String shown = value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : String.format(java.util.Locale.ROOT, "%.2f", value);
        System.out.println("BENCH " + name + " " + shown + " " + unit);
    }

    static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
