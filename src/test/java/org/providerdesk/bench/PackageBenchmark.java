package org.providerdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The installed app as users get it (issue 11): the size of the app image that {@code packaging/build.sh}
 * made (goal: at most 120 MB), and its start-up to the login window against a bare JavaFX window started in
 * the same run (goal: at most 1.3x). The packaged launcher takes its options from JAVA_TOOL_OPTIONS, as it has
 * no command line for the JVM.
 */
final class PackageBenchmark implements Benchmarks.Benchmark {

    private static final int WARM_UPS = 1;
    private static final int RUNS = 9;

    @Override
    public void run() throws Exception {
        Path image = appImage();
        long bytes;
        try (Stream<Path> files = Files.walk(image)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(PackageBenchmark::size).sum();
        }
        Path launcher = launcher(image);
        List<Double> packaged = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < WARM_UPS + RUNS; i++) {
            Path dataDir = Files.createTempDirectory("desk-packaged");
            String options = StartupBenchmark.probeOptions(dataDir).stream()
                    .filter(option -> !option.startsWith("-Djavafx.cachedir="))
                    .collect(Collectors.joining(" "));
            double packagedMillis = StartupBenchmark.timeToLines(List.of(launcher.toString()),
                    Map.of("JAVA_TOOL_OPTIONS", options), "STARTUP login-window-shown")[0];
            double bareMillis = StartupBenchmark.timeToLines(BareJavaFxWindow.Launcher.class.getName(),
                    "STARTUP window-shown")[0];
            if (i >= WARM_UPS) {
                packaged.add(packagedMillis);
                bare.add(bareMillis);
            }
        }
        double packagedMedian = Benchmarks.median(packaged);
        double bareMedian = Benchmarks.median(bare);
        System.out.println("# app image " + image.toAbsolutePath() + ": " + bytes + " bytes");
        System.out.println("# startup runs (ms): packaged " + packaged + ", bare window " + bare
                + (System.getenv("DISPLAY") == null ? " (headless Monocle)" : " (display " + System.getenv("DISPLAY")
                        + ")"));
        Benchmarks.print("package.app_image_mb", Math.round(bytes / 1048576.0 * 100) / 100.0, "MB");
        Benchmarks.print("startup.packaged_login_window.ms", Math.round(packagedMedian), "ms");
        Benchmarks.print("startup.bare_window.ms", Math.round(bareMedian), "ms");
        Benchmarks.print("startup.packaged_floor_ratio", packagedMedian / bareMedian, "x");
    }

    private static Path appImage() throws IOException {
        Path images = Path.of(System.getProperty("providerdesk.imageDir", "target/package/image"));
        if (!Files.isDirectory(images)) {
            throw new IllegalStateException("No app image in " + images.toAbsolutePath()
                    + ": build it first with packaging/build.sh");
        }
        try (Stream<Path> found = Files.list(images)) {
            return found.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No app image in " + images.toAbsolutePath()));
        }
    }

    private static Path launcher(Path image) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String name = image.getFileName().toString().replace(".app", "");
        Path launcher = os.startsWith("windows") ? image.resolve(name + ".exe")
                : os.startsWith("mac") ? image.resolve("Contents").resolve("MacOS").resolve(name)
                : image.resolve("bin").resolve(name);
        if (!Files.isExecutable(launcher)) {
            throw new IllegalStateException("No launcher at " + launcher);
        }
        return launcher;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
