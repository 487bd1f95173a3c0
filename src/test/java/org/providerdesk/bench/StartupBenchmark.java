package org.providerdesk.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.providerdesk.client.AppDataFolder;
import org.providerdesk.ui.DeskApplication;

/**
 * Start-up to the login window, against a bare JavaFX window started the same way (DESIGN.md: under 1.5x).
 * Each run is a new JVM with a fresh data folder (a cold app, a warm OS file cache). Uses the display in
 * DISPLAY, or headless Monocle when there is none.
 */
final class StartupBenchmark implements Benchmarks.Benchmark {

    private static final int WARM_UPS = 1;
    private static final int RUNS = 5;

    @Override
    public void run() throws Exception {
        List<Double> app = new ArrayList<>();
        List<Double> portal = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            double[] appMillis = timeToLines("org.providerdesk.app.Main", "STARTUP login-window-shown",
                    "STARTUP portal-answered");
            double[] bareMillis = timeToLines(BareJavaFxWindow.Launcher.class.getName(), "STARTUP window-shown");
            if (i >= WARM_UPS) {
                app.add(appMillis[0]);
                portal.add(appMillis[1]);
                bare.add(bareMillis[0]);
            }
        }
        double appMedian = Benchmarks.median(app);
        double bareMedian = Benchmarks.median(bare);
        System.out.println("# startup runs (ms): app " + app + ", bare window " + bare
                + (System.getenv("DISPLAY") == null ? " (headless Monocle)" : " (display " + System.getenv("DISPLAY")
                        + ")"));
        Benchmarks.print("startup.login_window.ms", Math.round(appMedian), "ms");
        Benchmarks.print("startup.bare_window.ms", Math.round(bareMedian), "ms");
        Benchmarks.print("startup.floor_ratio", appMedian / bareMedian, "x");
        Benchmarks.print("startup.demo_portal_answered.ms", Math.round(Benchmarks.median(portal)), "ms");
    }

    /** @return the milliseconds from process start until each marker line appeared, in order */
    static double[] timeToLines(String mainClass, String... markers) throws IOException, InterruptedException {
        Path dataDir = Files.createTempDirectory("desk-startup");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path")));
        command.addAll(probeOptions(dataDir));
        command.add(mainClass);
        return timeToLines(command, Map.of(), markers);
    }

    /** The system properties of a start-up run: a fresh data folder, the probe, headless Monocle without DISPLAY. */
    static List<String> probeOptions(Path dataDir) {
        List<String> options = new ArrayList<>(List.of("-D" + AppDataFolder.OVERRIDE_PROPERTY + "=" + dataDir,
                "-D" + DeskApplication.STARTUP_PROBE + "=true",
                "-Djavafx.cachedir=" + System.getProperty("javafx.cachedir", dataDir.resolve("openjfx").toString())));
        if (System.getenv("DISPLAY") == null) {
            options.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw"));
        }
        return options;
    }

    /** @return the milliseconds from starting {@code command} until each marker line appeared, in order */
    static double[] timeToLines(List<String> command, Map<String, String> environment, String... markers)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            double[] millis = new double[markers.length];
            int next = 0;
            while ((line = output.readLine()) != null) {
                seen.append(line).append('\n');
                if (line.startsWith(markers[next])) {
                    millis[next++] = (System.nanoTime() - start) / 1e6;
                    if (next == markers.length) {
                        process.destroy();
                        process.waitFor(10, TimeUnit.SECONDS);
                        return millis;
                    }
                }
            }
            throw new IllegalStateException(command + " never showed its window:\n" + seen);
        } finally {
            process.destroyForcibly();
        }
    }
}
