package org.providerdesk.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.ByteBufferBackedInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.CodeRequest;
import org.providerdesk.api.LoginRequest;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.sync.PullSync;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.client.sync.SyncStatus;
import org.providerdesk.testing.ThrottlingProxy;

/**
 * The desktop side of the sync benchmark, run in its own JVM (with the heap the app would have) against a
 * server process holding the large provider. Prints BENCH lines.
 *
 * <p>Arguments: portal URL, e-mail, password, and optionally the server's process id (to print the CPU time the
 * server spent on the feed: on a loaded machine wall-clock times are inflated, CPU times much less). Codes come
 * from the demo inbox of the benchmark's demo server.
 */
public final class SyncBenchmarkClient {

    private static final int RUNS = 3;
    /**
     * Warm-up syncs, each with a floor run, before the timed ones. Measured on this 2-core machine: the JIT keeps
     * compiling (about a core's worth) through the first three syncs of a fresh JVM and far less after, so with
     * one warm-up the sync was timed while still compiling and the floor, run after it, was not.
     */
    private static final int WARM_UPS = 3;
    private static final java.lang.management.CompilationMXBean JIT =
            java.lang.management.ManagementFactory.getCompilationMXBean();
    private static final int NOTHING_NEW_RUNS = 9;
    private static final long TEN_MBIT = 10_000_000;

    private SyncBenchmarkClient() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String email = args[1];
        String password = args[2];
        ProcessHandle server = args.length > 3 ? ProcessHandle.of(Long.parseLong(args[3])).orElse(null) : null;
        HttpUrl direct = HttpUrl.get(url);
        AtomicReference<HttpUrl> portal = new AtomicReference<>(direct);
        PortalClient client = new PortalClient(portal::get);
        var challenge = client.startLogin(email, password);
        client.finishLogin(challenge.attemptId(), latestCode(client));
        ProviderSummary large = client.me().providers().stream()
                .filter(provider -> provider.name().equals("Oakleaf House")).findFirst().orElseThrow();

        OkHttpClient http = new OkHttpClient();
        String token = rawLogin(http, url, email, password);
        RawFeed raw = fetchRawPages(http, url, token, large.id());
        System.out.println("# the feed of the large provider: " + raw.pages().size() + " pages, " + raw.rows()
                + " rows, " + raw.bytes() / 1_000_000 + " MB of JSON");
        List<Double> feedSeconds = new ArrayList<>();
        List<Long> feedServerCpu = new ArrayList<>();
        for (int run = 0; run <= RUNS; run++) {
            long serverCpu = cpuMillis(server);
            double seconds = serverFeedSeconds(http, url, token, large.id(), raw);
            if (run > 0) {
                feedSeconds.add(seconds);
                feedServerCpu.add(cpuMillis(server) - serverCpu);
            }
        }
        if (server != null) {
            System.out.println("# server CPU per run of the whole feed (ms): " + feedServerCpu + ", so "
                    + Math.round(raw.rows() / (Benchmarks.median(feedServerCpu.stream().map(Long::doubleValue).toList())
                            / 1000.0)) + " rows per CPU second");
        }
        List<Double> full = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> nothingNew = new ArrayList<>();
        List<String> cpu = new ArrayList<>();
        long rows = 0;
        warmUp(client, large.id(), password, raw.pages());
        for (int run = 1; run <= RUNS; run++) {
            Path home = Files.createTempDirectory("desk-bench");
            HeapSampler heap = new HeapSampler();
            long clientCpu = cpuMillis(ProcessHandle.current());
            long serverCpu = cpuMillis(server);
            long compiled = JIT.getTotalCompilationTime();
            double fullMillis = fullSync(client, large.id(), password, home, null);
            compiled = JIT.getTotalCompilationTime() - compiled;
            clientCpu = cpuMillis(ProcessHandle.current()) - clientCpu;
            serverCpu = cpuMillis(server) - serverCpu;
            if (run == RUNS) {
                fullSync(client, large.id(), password, home, nothingNew);
            }
            heap.close();
            rows = lastRows;
            double peakHeap = heap.peakMegabytes();
            if (run == RUNS) {
                System.out.println("# peak heap in use during the last full sync (sampled every 10 ms, JVM capped at "
                        + SyncBenchmark.CLIENT_HEAP + "): " + Math.round(peakHeap) + " MB");
                Benchmarks.print("sync.full.peak_heap_mb", Math.round(peakHeap), "MB");
            }
            full.add(fullMillis);
            long floorCpu = cpuMillis(ProcessHandle.current());
            floor.add(floorMillis(raw.pages(), home));
            cpu.add("sync client " + clientCpu + " (JIT " + compiled + ") + server " + serverCpu + ", floor "
                    + (cpuMillis(ProcessHandle.current()) - floorCpu));
        }
        System.out.println("# CPU ms per full sync run (all threads of each process): " + cpu);
        double wireBytes;
        double slowMillis;
        try (ThrottlingProxy counting = new ThrottlingProxy(direct.port(), 0)) {
            portal.set(HttpUrl.get(counting.url()));
            fullSync(client, large.id(), password, Files.createTempDirectory("desk-bench"), null);
            wireBytes = counting.bytesToClient();
        }
        try (ThrottlingProxy slow = new ThrottlingProxy(direct.port(), TEN_MBIT)) {
            portal.set(HttpUrl.get(slow.url()));
            slowMillis = fullSync(client, large.id(), password, Files.createTempDirectory("desk-bench"), null);
            System.out.println("# through the 10 Mbit/s proxy: " + slow.bytesToClient() / 1_000_000 + " MB in "
                    + Math.round(slowMillis) + " ms");
        } finally {
            portal.set(direct);
        }
        double fullMedian = Benchmarks.median(full);
        double floorMedian = Benchmarks.median(floor);
        double feedMedian = Benchmarks.median(feedSeconds);
        System.out.println("# large provider rows synced: " + rows + "; full sync runs (ms) " + full + ", floor " + floor
                + "; server feed alone (s) " + feedSeconds);
        Benchmarks.print("sync.full.rows", rows, "rows");
        Benchmarks.print("sync.server_feed.rows_per_s", Math.round(raw.rows() / feedMedian), "rows/s");
        Benchmarks.print("sync.full.ms", Math.round(fullMedian), "ms");
        Benchmarks.print("sync.floor.ms", Math.round(floorMedian), "ms");
        Benchmarks.print("sync.full.floor_ratio", fullMedian / floorMedian, "x");
        Benchmarks.print("sync.full.wire_mb", Math.round(wireBytes / 10_000.0) / 100.0, "MB");
        Benchmarks.print("sync.full_10mbit.ms", Math.round(slowMillis), "ms");
        Benchmarks.print("sync.nothing_new.ms", Benchmarks.median(nothingNew), "ms");
    }

    private static long lastRows;

    /**
     * Syncs, each followed by a floor run, printed with the JIT's compile time in each. The first of them is the
     * sync a user's freshly started app makes, printed for the record.
     */
    private static void warmUp(PortalClient client, long providerId, String password, List<ByteBuffer> pages)
            throws Exception {
        List<String> runs = new ArrayList<>();
        for (int run = 1; run <= WARM_UPS; run++) {
            long compiledBefore = JIT.getTotalCompilationTime();
            long start = System.nanoTime();
            Path home = Files.createTempDirectory("desk-bench");
            double syncMillis = fullSync(client, providerId, password, home, null);
            floorMillis(pages, home);
            double runMillis = (System.nanoTime() - start) / 1e6;
            long compileMillis = JIT.getTotalCompilationTime() - compiledBefore;
            runs.add(Math.round(syncMillis) + " ms (JIT " + compileMillis + " ms of " + Math.round(runMillis) + ")");
        }
        System.out.println("# warm-up syncs, the first in a fresh JVM (with the JIT's compile time, all compiler "
                + "threads, in the sync and floor run): " + runs);
    }

    /** CPU time used so far by a process (every thread, JIT and GC included), or 0 when not known. */
    private static long cpuMillis(ProcessHandle process) {
        return process == null ? 0 : process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
    }

    /** A first full sync into a fresh cache; then, when asked, syncs with nothing new, timed into the list. */
    private static double fullSync(PortalClient client, long providerId, String password, Path home,
            List<Double> nothingNew) throws Exception {
        try (LocalCache cache = LocalCache.open(home.resolve("cache"), password.toCharArray(), new CacheKey(1))) {
            SyncEngine engine = new SyncEngine(client, cache, Clock.systemUTC());
            long start = System.nanoTime();
            SyncStatus status = engine.sync(providerId, ignored -> { });
            double millis = (System.nanoTime() - start) / 1e6;
            if (!status.online() || status.problem() != null) {
                throw new IllegalStateException("The benchmark sync failed: " + status.problem());
            }
            lastRows = new CacheStore(cache).counts(providerId).values().stream().mapToLong(Long::longValue).sum();
            for (int i = 0; nothingNew != null && i < NOTHING_NEW_RUNS; i++) {
                long quiet = System.nanoTime();
                engine.sync(providerId, ignored -> { });
                nothingNew.add((System.nanoTime() - quiet) / 1e6);
            }
            return millis;
        }
    }

    /**
     * The server's feed alone: every page of the large provider asked for as the desktop asks (gzip), the
     * compressed bytes read and dropped. The cursors come from the earlier fetch, so nothing is parsed here.
     */
    private static double serverFeedSeconds(OkHttpClient http, String url, String token, long providerId,
            RawFeed raw) throws Exception {
        long start = System.nanoTime();
        byte[] sink = new byte[64 * 1024];
        for (long cursor : raw.cursors()) {
            Request request = new Request.Builder().url(pageUrl(url, providerId, cursor))
                    .header("Authorization", "Bearer " + token).header("Accept-Encoding", "gzip").build();
            try (Response response = http.newCall(request).execute(); InputStream body = response.body().byteStream()) {
                if (!"gzip".equals(response.header("Content-Encoding"))) {
                    throw new IllegalStateException("The feed was not compressed");
                }
                while (body.read(sink) >= 0) {
                    // drop: only the server's time counts
                }
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * The floor: what this machine needs at least to store the same rows, in plain JDBC and Jackson (none of the
     * app's classes). The same JSON is fetched first (not timed), then timed: Jackson streaming parse + H2 batch
     * insert into a fresh encrypted file, in the narrowest table that holds the rows (the JSON in a VARCHAR, not
     * a CLOB), one transaction per page as the sync does.
     */
    private static double floorMillis(List<ByteBuffer> pages, Path home) throws Exception {
        Path folder = Files.createTempDirectory(home, "floor");
        JsonFactory json = new JsonFactory();
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("floor")
                + ";CIPHER=AES", "sa", "0123456789abcdef bench")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE synced_row (kind VARCHAR(40), id BIGINT, version BIGINT, data VARCHAR, "
                        + "PRIMARY KEY (kind, id))");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO synced_row VALUES (?, ?, ?, ?)")) {
                for (ByteBuffer page : pages) {
                    parseInto(json, page, insert);
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void parseInto(JsonFactory json, ByteBuffer page, PreparedStatement insert) throws Exception {
        try (JsonParser parser = json.createParser(new ByteBufferBackedInputStream(page.duplicate()))) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "changes".equals(parser.currentName())) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        insertChange(json, parser, insert);
                    }
                }
            }
        }
    }

    private static void insertChange(JsonFactory json, JsonParser parser, PreparedStatement insert)
            throws Exception {
        String kind = null;
        long id = 0;
        long version = 0;
        String data = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "kind" -> kind = parser.getText();
                case "id" -> id = parser.getLongValue();
                case "version" -> version = parser.getLongValue();
                case "data" -> {
                    StringWriter text = new StringWriter();
                    try (var generator = json.createGenerator(text)) {
                        generator.copyCurrentStructure(parser);
                    }
                    data = text.toString();
                }
                default -> parser.skipChildren();
            }
        }
        if (data != null) {
            insert.setString(1, kind);
            insert.setLong(2, id);
            insert.setLong(3, version);
            insert.setString(4, data);
            insert.addBatch();
        }
    }

    /**
     * The whole feed as plain JSON pages, with the cursor each page was asked from. The pages are kept outside the
     * heap (direct buffers): 67 MB of them on the heap would crowd the sync being measured in its 256 MB and make
     * its collector run far more often than it would in the app, which never holds the feed.
     */
    private record RawFeed(List<ByteBuffer> pages, List<Long> cursors, long rows, long bytes) {
    }

    private static RawFeed fetchRawPages(OkHttpClient http, String url, String token, long providerId)
            throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<ByteBuffer> pages = new ArrayList<>();
        List<Long> cursors = new ArrayList<>();
        long rows = 0;
        long bytes = 0;
        long cursor = 0;
        boolean more = true;
        while (more) {
            Request request = new Request.Builder().url(pageUrl(url, providerId, cursor))
                    .header("Authorization", "Bearer " + token).header("Accept-Encoding", "identity").build();
            try (Response response = http.newCall(request).execute()) {
                byte[] body = response.body().bytes();
                var tree = json.readTree(body);
                if (tree.get("changes").isEmpty()) {
                    break;
                }
                pages.add(ByteBuffer.allocateDirect(body.length).put(body).flip());
                cursors.add(cursor);
                rows += tree.get("changes").size();
                bytes += body.length;
                cursor = tree.get("nextCursor").asLong();
                more = tree.get("hasMore").asBoolean();
            }
        }
        return new RawFeed(pages, cursors, rows, bytes);
    }

    private static String pageUrl(String url, long providerId, long cursor) {
        return url + ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, providerId) + "?after=" + cursor + "&limit="
                + PullSync.PAGE_SIZE;
    }

    /** A second session made over plain HTTP, for fetching the raw pages the floor parses. */
    private static String rawLogin(OkHttpClient http, String url, String email, String password) throws Exception {
        ObjectMapper json = JsonMapping.lenient();
        var challenge = json.readTree(post(http, url + ApiPaths.LOGIN,
                json.writeValueAsString(new LoginRequest(email, password))));
        String code = latestCode(PortalClient.forUrl(url));
        var session = json.readTree(post(http, url + ApiPaths.LOGIN_CODE,
                json.writeValueAsString(new CodeRequest(challenge.get("attemptId").asText(), code))));
        return session.get("token").asText();
    }

    private static byte[] post(OkHttpClient http, String url, String body) throws Exception {
        Request request = new Request.Builder().url(url)
                .post(RequestBody.create(body, MediaType.get("application/json"))).build();
        try (Response response = http.newCall(request).execute()) {
            return response.body().bytes();
        }
    }

    private static String latestCode(PortalClient client) {
        return client.demoInbox().get(0).body().replaceAll("(?s).*?\\b(\\d{6})\\b.*", "$1");
    }

    /**
     * Samples the heap in use every 10 ms while a sync runs. (Adding up the memory pools' own peaks overstates:
     * each pool peaks at a different moment.)
     */
    private static final class HeapSampler implements AutoCloseable {
        private final java.util.concurrent.atomic.AtomicLong peak = new java.util.concurrent.atomic.AtomicLong();
        private final Thread thread;
        private volatile boolean running = true;

        HeapSampler() {
            System.gc();
            thread = new Thread(() -> {
                Runtime runtime = Runtime.getRuntime();
                while (running) {
                    peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        double peakMegabytes() {
            return peak.get() / (1024.0 * 1024.0);
        }

        @Override
        public void close() {
            running = false;
        }
    }
}
