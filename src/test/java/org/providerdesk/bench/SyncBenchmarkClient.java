package org.providerdesk.bench;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
import org.providerdesk.client.sync.SyncEngine;

/**
 * The desktop side of the sync benchmark, run in its own JVM (with the heap the app would have) against a
 * server process holding the large provider. Prints BENCH lines.
 *
 * <p>Arguments: portal URL, e-mail, password. Codes come from the demo inbox of the benchmark's demo server.
 */
public final class SyncBenchmarkClient {

    private static final int RUNS = 3;
    private static final int NOTHING_NEW_RUNS = 9;

    private SyncBenchmarkClient() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String email = args[1];
        String password = args[2];
        PortalClient client = PortalClient.forUrl(url);
        var challenge = client.startLogin(email, password);
        client.finishLogin(challenge.attemptId(), latestCode(client));
        ProviderSummary large = client.me().providers().stream()
                .filter(provider -> provider.name().equals("Oakleaf House")).findFirst().orElseThrow();

        List<byte[]> rawPages = fetchRawPages(url, email, password, large.id());
        List<Double> full = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> nothingNew = new ArrayList<>();
        long rows = 0;
        for (int run = 0; run <= RUNS; run++) {
            Path home = Files.createTempDirectory("desk-bench");
            HeapSampler heap = new HeapSampler();
            try (LocalCache cache = LocalCache.open(home.resolve("cache"), password.toCharArray(), new CacheKey(1))) {
                SyncEngine engine = new SyncEngine(client, cache, Clock.systemUTC());
                long start = System.nanoTime();
                engine.sync(large.id(), status -> { });
                double fullMillis = (System.nanoTime() - start) / 1e6;
                rows = new CacheStore(cache).counts(large.id()).values().stream().mapToLong(Long::longValue).sum();
                for (int i = 0; i < NOTHING_NEW_RUNS && run == RUNS; i++) {
                    long quiet = System.nanoTime();
                    engine.sync(large.id(), status -> { });
                    nothingNew.add((System.nanoTime() - quiet) / 1e6);
                }
                if (run > 0) {
                    full.add(fullMillis);
                }
            }
            heap.close();
            double peakHeap = heap.peakMegabytes();
            if (run == RUNS) {
                System.out.println("# peak heap in use during the last full sync (sampled every 10 ms, JVM capped at "
                        + SyncBenchmark.CLIENT_HEAP + "): " + Math.round(peakHeap) + " MB");
                Benchmarks.print("sync.full.peak_heap_mb", Math.round(peakHeap), "MB");
            }
            if (run > 0) {
                floor.add(floorMillis(rawPages, large.id(), home));
            }
        }
        double fullMedian = Benchmarks.median(full);
        double floorMedian = Benchmarks.median(floor);
        System.out.println("# large provider rows synced: " + rows + "; full sync runs (ms) " + full + ", floor " + floor);
        Benchmarks.print("sync.full.rows", rows, "rows");
        Benchmarks.print("sync.full.ms", Math.round(fullMedian), "ms");
        Benchmarks.print("sync.floor.ms", Math.round(floorMedian), "ms");
        Benchmarks.print("sync.full.floor_ratio", fullMedian / floorMedian, "x");
        Benchmarks.print("sync.nothing_new.ms", Benchmarks.median(nothingNew), "ms");
    }

    /**
     * The floor: what this machine needs at least to store the same rows. The same JSON is fetched first (not
     * timed), then timed: Jackson parse + H2 batch insert into a fresh encrypted file.
     */
    private static double floorMillis(List<byte[]> pages, long providerId, Path home) throws Exception {
        Path folder = Files.createTempDirectory(home, "floor");
        ObjectMapper json = JsonMapping.lenient();
        long start = System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("floor")
                + ";CIPHER=AES", "sa", "0123456789abcdef bench")) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("CREATE TABLE synced_row (provider_id BIGINT, kind VARCHAR(40), id BIGINT, version BIGINT, "
                        + "data CLOB, PRIMARY KEY (provider_id, kind, id))");
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO synced_row VALUES (?, ?, ?, ?, ?)")) {
                for (byte[] page : pages) {
                    parseInto(json, page, providerId, insert);
                    insert.executeBatch();
                    connection.commit();
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static void parseInto(ObjectMapper json, byte[] page, long providerId, PreparedStatement insert)
            throws Exception {
        try (JsonParser parser = json.getFactory().createParser(new ByteArrayInputStream(page))) {
            while (parser.nextToken() != null) {
                if (parser.currentToken() == JsonToken.FIELD_NAME && "changes".equals(parser.currentName())) {
                    parser.nextToken();
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        insertChange(json, parser, providerId, insert);
                    }
                }
            }
        }
    }

    private static void insertChange(ObjectMapper json, JsonParser parser, long providerId, PreparedStatement insert)
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
                    try (var generator = json.getFactory().createGenerator(text)) {
                        generator.copyCurrentStructure(parser);
                    }
                    data = text.toString();
                }
                default -> parser.skipChildren();
            }
        }
        if (data != null) {
            insert.setLong(1, providerId);
            insert.setString(2, kind);
            insert.setLong(3, id);
            insert.setLong(4, version);
            insert.setString(5, data);
            insert.addBatch();
        }
    }

    private static List<byte[]> fetchRawPages(String url, String email, String password, long providerId)
            throws Exception {
        OkHttpClient http = new OkHttpClient();
        String token = rawLogin(http, url, email, password);
        List<byte[]> pages = new ArrayList<>();
        long cursor = 0;
        boolean more = true;
        while (more) {
            Request request = new Request.Builder().url(url + ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES,
                    providerId) + "?after=" + cursor + "&limit=2000").header("Authorization", "Bearer " + token).build();
            try (Response response = http.newCall(request).execute()) {
                byte[] body = response.body().bytes();
                pages.add(body);
                var tree = JsonMapping.lenient().readTree(body);
                cursor = tree.get("nextCursor").asLong();
                more = tree.get("hasMore").asBoolean();
            }
        }
        return pages;
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
