package org.providerdesk.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.server.demo.DemoUsers;

/**
 * What the cache and ui benchmarks measure on, made before any timing: a server process with the large demo
 * data, the group administrator logged in, and the large provider (Oakleaf House) synced by a real sync into a
 * fresh encrypted cache. Closing it closes the cache and stops the server.
 */
final class LargeProvider implements AutoCloseable {

    private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");

    private final Process server;
    private final ProviderSummary provider;
    private final LocalCache cache;

    private LargeProvider(Process server, ProviderSummary provider, LocalCache cache) {
        this.server = server;
        this.provider = provider;
        this.cache = cache;
    }

    /** @param folderPrefix the name the cache's temporary folder starts with */
    static LargeProvider synced(String folderPrefix) throws Exception {
        Process server = startServer();
        LocalCache cache = null;
        try {
            PortalClient client = PortalClient.forUrl(awaitReady(server));
            var challenge = client.startLogin(DemoUsers.GROUP_ADMINISTRATOR, DemoUsers.PASSWORD);
            client.finishLogin(challenge.attemptId(),
                    client.demoInbox().get(0).body().replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1"));
            ProviderSummary large = client.me().providers().stream()
                    .filter(provider -> provider.name().equals("Oakleaf House")).findFirst().orElseThrow();
            Path home = Files.createTempDirectory(folderPrefix);
            cache = LocalCache.open(home.resolve("cache"), DemoUsers.PASSWORD.toCharArray(), new CacheKey(1));
            new SyncEngine(client, cache, Clock.systemUTC()).sync(large.id(), status -> { });
            System.out.println("# cache rows by kind: " + new CacheStore(cache).counts(large.id()));
            return new LargeProvider(server, large, cache);
        } catch (Exception | Error failure) {
            if (cache != null) {
                cache.close();
            }
            stop(server);
            throw failure;
        }
    }

    ProviderSummary provider() {
        return provider;
    }

    long id() {
        return provider.id();
    }

    LocalCache cache() {
        return cache;
    }

    @Override
    public void close() throws InterruptedException {
        cache.close();
        stop(server);
    }

    private static Process startServer() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"),
                "org.providerdesk.app.Main", "--server", "--host", "127.0.0.1", "--port", "0", "--db",
                "jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "--demo-data", "--demo-size", "large")
                .redirectErrorStream(true).start();
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        server.waitFor(30, TimeUnit.SECONDS);
    }

    /** The server's address once it says it is ready; its further output is read and dropped. */
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
