package org.providerdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.providerdesk.server.demo.DemoUsers;

/**
 * First full sync of the large provider over loopback, against the floor, and a sync with nothing new
 * (DESIGN.md section 7 and the offline-first issue). The server runs in its own process with the large demo
 * data; the client runs in another JVM limited to 256 MB of heap, so finishing at all proves the heap bar.
 */
final class SyncBenchmark implements Benchmarks.Benchmark {

    private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");
    static final String CLIENT_HEAP = "-Xmx256m";

    @Override
    public void run() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("java.class.path");
        Process server = new ProcessBuilder(java, "-Xmx2g", "-cp", classPath, "org.providerdesk.app.Main", "--server",
                "--host", "127.0.0.1", "--port", "0", "--db", "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--demo-data",
                "--demo-size", "large").redirectErrorStream(true).start();
        try {
            String url = awaitReady(server);
            Process client = new ProcessBuilder(java, CLIENT_HEAP, "-cp", classPath,
                    SyncBenchmarkClient.class.getName(), url, DemoUsers.GROUP_ADMINISTRATOR, DemoUsers.PASSWORD,
                    Long.toString(server.pid()))
                    .inheritIO().start();
            if (!client.waitFor(20, TimeUnit.MINUTES) || client.exitValue() != 0) {
                throw new IllegalStateException("The benchmark client failed (heap " + CLIENT_HEAP + ")");
            }
        } finally {
            server.destroy();
            server.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String awaitReady(Process server) throws Exception {
        long started = System.nanoTime();
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                System.out.println("# large demo server ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
                Thread drain = new Thread(() -> output.lines().forEach(ignored -> { }), "server-output");
                drain.setDaemon(true);
                drain.start();
                return ready.group(1);
            }
        }
        throw new IllegalStateException("The benchmark server stopped before it was ready");
    }
}
