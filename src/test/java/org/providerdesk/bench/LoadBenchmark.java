package org.providerdesk.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.providerdesk.server.PortalServer;
import org.providerdesk.server.ServerConfig;
import org.providerdesk.server.auth.UserRepository;
import org.providerdesk.server.db.Database;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoSize;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.providers.ProviderRepository;
import org.providerdesk.domain.Role;

/**
 * Many desktops at once against the standalone server in its own process (issue 12, "Measured"): on an H2 file,
 * then on PostgreSQL with two server processes sharing the database, each desktop's calls taking turns between
 * them. Before the servers start, the demo database gets {@code load.desktops} extra provider users (bench-only
 * seeding), each the staff of one demo provider. After the run the servers stop and every acknowledged write is
 * looked for in the database. {@code -Dload.seconds} (default 60) and {@code -Dload.desktops} (default 200)
 * shorten a trial run; {@code -Dload.think.ms} (default 1000) is the desktop's mean pause between calls;
 * {@code -Dload.h2only=true} skips PostgreSQL and {@code -Dload.server.jvm="..."} adds JVM options to the servers
 * (a flight recording, for example).
 */
final class LoadBenchmark implements Benchmarks.Benchmark {

    private static final Pattern READY = Pattern.compile("ready at (http://\\S+)");
    private static final long LOGIN_SPREAD_SECONDS = 20;
    private static final String[] PROVIDERS = {"Rosewood Lodge Care Home", "Oakleaf House",
        "Oakleaf Court Nursing Home", "Oakleaf Home Care"};

    private final int seconds = Integer.getInteger("load.seconds", 60);
    private final int desktops = Integer.getInteger("load.desktops", 200);
    private final long thinkMillis = Long.getLong("load.think.ms", 1000);

    @Override
    public void run() throws Exception {
        Path folder = Files.createTempDirectory("desk-load");
        String h2 = "jdbc:h2:file:" + folder.resolve("portal");
        runOn("h2", h2, "sa", "", 1, true);
        if (Boolean.getBoolean("load.h2only")) {
            return;
        }
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            runOn("postgres", postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", 2, false);
        }
    }

    private void runOn(String db, String url, String user, String password, int instances, boolean plainNames)
            throws Exception {
        List<long[]> seeded = seed(url, user, password);
        List<Process> servers = new ArrayList<>();
        List<String> addresses = new ArrayList<>();
        LoadTally tally = new LoadTally();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try {
            for (int i = 0; i < instances; i++) {
                Process server = startServer(url, user, password);
                servers.add(server);
                addresses.add(awaitReady(server));
            }
            long generatorCpuBefore = cpuMillis(ProcessHandle.current());
            long start = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
            long end = start + TimeUnit.SECONDS.toNanos(seconds);
            long spread = TimeUnit.SECONDS.toNanos(Math.min(LOGIN_SPREAD_SECONDS, seconds / 3));
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < desktops; i++) {
                long[] userAndProvider = seeded.get(i);
                LoadDesktop desktop = new LoadDesktop(i, email(i), userAndProvider[1], addresses,
                        start + spread * i / desktops, end, thinkMillis, tally);
                Thread thread = new Thread(desktop, "desktop-" + i);
                thread.setDaemon(true);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join(TimeUnit.SECONDS.toMillis(seconds + 120L));
            }
            long generatorCpu = cpuMillis(ProcessHandle.current()) - generatorCpuBefore;
            System.out.println("# CPU ms: servers " + servers.stream().map(s -> cpuMillis(s.toHandle())).toList()
                    + " (start-up included), these desktops " + generatorCpu);
        } finally {
            for (Process server : servers) {
                server.destroy();
            }
            for (Process server : servers) {
                if (!server.waitFor(60, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        LoadTally.Check check;
        try (Database database = Database.open(url, user, password)) {
            check = tally.check(database.jdbc());
        }
        System.out.println("# load " + db + ": " + desktops + " desktops, " + seconds + " s, " + instances
                + " server process(es), think " + thinkMillis + " ms; " + tally.logins() + " logged in; "
                + check.checked() + " acknowledged writes checked, " + tally.unacknowledgedCount()
                + " never acknowledged; " + tally.conflicts() + " conflicts (409/412, a stale desktop), "
                + tally.retries() + " retries; load average " + loadBefore + " before, " + loadAfter + " after, "
                + Runtime.getRuntime().availableProcessors() + " cores");
        tally.latencySummary().forEach(line -> System.out.println("#   " + line));
        tally.errorSummary().forEach(line -> System.out.println("#   " + line));
        print(db, plainNames, "requests", tally.requests(), "requests");
        print(db, plainNames, "errors", tally.errors(), "errors");
        print(db, plainNames, "p50.ms", tally.percentileMillis(0.50), "ms");
        print(db, plainNames, "p99.ms", tally.percentileMillis(0.99), "ms");
        print(db, plainNames, "login_p99.ms", tally.loginPercentileMillis(0.99), "ms");
        print(db, plainNames, "lost_writes", check.lost(), "writes");
        print(db, plainNames, "duplicate_writes", check.duplicated(), "writes");
        print(db, false, "conflicts", tally.conflicts(), "answers");
        print(db, false, "load_average", loadAfter, "");
    }

    private static void print(String db, boolean plainToo, String name, double value, String unit) {
        Benchmarks.print("load." + db + "." + name, value, unit);
        if (plainToo) {
            Benchmarks.print("load." + name, value, unit);
        }
    }

    private static long cpuMillis(ProcessHandle process) {
        return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
    }

    static String email(int desktop) {
        return String.format("load.desk%03d@loadtest.example", desktop);
    }

    /**
     * Creates the demo council (in this JVM, then stops) and one provider user per desktop, with the demo users'
     * password, each on one of the demo providers in turn.
     *
     * @return per desktop: user id and provider id
     */
    private List<long[]> seed(String url, String user, String password) {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, url, user, password, null, true, DemoSize.STANDARD,
                Clock.systemUTC(), ServerConfig.UK);
        List<long[]> seeded = new ArrayList<>();
        try (PortalServer server = PortalServer.start(config)) {
            Jdbc jdbc = server.database().jdbc();
            String hash = jdbc.first("SELECT password_hash FROM app_user WHERE email = ?", row -> row.getString(1),
                    DemoUsers.GROUP_ADMINISTRATOR).orElseThrow();
            long[] providers = new long[PROVIDERS.length];
            for (int i = 0; i < PROVIDERS.length; i++) {
                providers[i] = jdbc.first("SELECT id FROM provider WHERE name = ?", row -> row.getLong(1),
                        PROVIDERS[i]).orElseThrow();
            }
            UserRepository users = new UserRepository(jdbc);
            ProviderRepository access = new ProviderRepository(jdbc);
            for (int i = 0; i < desktops; i++) {
                long provider = providers[i % providers.length];
                long id = users.create(email(i), "Load desk " + i, hash, Role.PROVIDER, Instant.now());
                access.grantAccess(id, provider);
                seeded.add(new long[] {id, provider});
            }
        }
        return seeded;
    }

    private static Process startServer(String url, String user, String password) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m"));
        String extra = System.getProperty("load.server.jvm", "");
        if (!extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.providerdesk.app.Main", "--server",
                "--host", "127.0.0.1", "--port", "0", "--db", url, "--db-user", user, "--demo-data"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put(org.providerdesk.app.Options.DB_PASSWORD_VARIABLE, password);
        return builder.start();
    }

    private static String awaitReady(Process server) throws Exception {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(),
                StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = output.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher ready = READY.matcher(line);
            if (ready.find()) {
                Thread drain = new Thread(() -> output.lines().filter(l -> l.contains("ERROR") || l.contains("WARN"))
                        .limit(20).forEach(l -> System.out.println("# server: " + l.substring(0, Math.min(l.length(), 200)))), "server-output");
                drain.setDaemon(true);
                drain.start();
                return ready.group(1);
            }
        }
        throw new IllegalStateException("The server stopped before it was ready:\n" + seen);
    }
}
