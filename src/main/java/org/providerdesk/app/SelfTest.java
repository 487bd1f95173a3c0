package org.providerdesk.app;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.providerdesk.api.DemoMail;
import org.providerdesk.api.LoginChallenge;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.client.sync.SyncStatus;
import org.providerdesk.server.PortalServer;
import org.providerdesk.server.ServerConfig;
import org.providerdesk.server.demo.DemoUsers;

/**
 * {@code --self-test}: proves that this installation works, end to end and off-screen, on a temporary data
 * folder: starts the embedded demo portal, logs the demo administrator in through the real client (the code
 * from the demo inbox), syncs each of their providers into a fresh encrypted cache, builds and renders every
 * page of the shell (headless), and exports the remittance advice as PDF and Excel. Prints one line per
 * step; the first failure ends the run with what failed.
 */
final class SelfTest {

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");
    private static final String EMAIL = DemoUsers.GROUP_ADMINISTRATOR;

    private final PrintStream out;
    private final Clock clock = Clock.systemUTC();

    SelfTest(PrintStream out) {
        this.out = out;
    }

    /** @return the exit code: 0 when every step passed, 1 otherwise */
    int run() {
        long started = System.nanoTime();
        Path folder;
        try {
            folder = Files.createTempDirectory("provider-desk-self-test-");
        } catch (IOException e) {
            out.println("SELF-TEST FAILED: no temporary folder: " + e);
            return 1;
        }
        out.println("SELF-TEST Provider Desk " + AppVersion.current() + ", Java " + Runtime.version() + " in "
                + System.getProperty("java.home") + ", data in " + folder);
        try {
            runSteps(folder);
            out.println("SELF-TEST PASSED in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return 0;
        } catch (StepFailed e) {
            out.println("SELF-TEST FAILED at \"" + e.step + "\": " + describe(e.getCause()));
            e.getCause().printStackTrace(out);
            return 1;
        } finally {
            deleteQuietly(folder);
        }
    }

    private void runSteps(Path folder) {
        String jdbcUrl = "jdbc:h2:file:" + folder.resolve("demo-portal").resolve("portal").toAbsolutePath();
        try (PortalServer server = step("start the embedded demo portal",
                () -> PortalServer.start(ServerConfig.demo(jdbcUrl, clock)))) {
            PortalClient client = PortalClient.forUrl(server.baseUrl());
            UserInfo user = step("log in " + EMAIL + " with the code from the demo inbox", () -> logIn(client));
            SavedData saved = new SavedData(folder, new CacheKey(CacheKey.DEFAULT_ITERATIONS));
            try (LocalCache cache = step("open a new encrypted cache", () -> saved.open(EMAIL,
                    DemoUsers.PASSWORD.toCharArray()))) {
                new org.providerdesk.client.cache.CacheStore(cache).saveOwner(user, client.baseUrl());
                for (ProviderSummary provider : user.providers()) {
                    step("sync provider " + provider.id(), () -> sync(client, cache, provider));
                }
                List<String> pages = step("build and render every page off-screen",
                        () -> OffscreenPages.renderAll(client, cache, user, clock));
                out.println("SELF-TEST   pages: " + String.join(", ", pages));
            }
            step("export reports", () -> exportReports(saved, folder, user.providers().get(0).id()));
            step("log out", () -> {
                client.logout();
                return null;
            });
        }
    }

    private static UserInfo logIn(PortalClient client) {
        LoginChallenge challenge = client.startLogin(EMAIL, DemoUsers.PASSWORD);
        String code = client.demoInbox().stream()
                .filter(mail -> mail.to().equals(EMAIL))
                .findFirst()
                .map(DemoMail::body)
                .map(SelfTest::codeIn)
                .orElseThrow(() -> new IllegalStateException("no mail to " + EMAIL + " in the demo inbox"));
        UserInfo user = client.finishLogin(challenge.attemptId(), code).user();
        if (user.providers().isEmpty()) {
            throw new IllegalStateException("the demo administrator sees no providers");
        }
        return user;
    }

    private static String codeIn(String body) {
        Matcher matcher = CODE.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("the demo mail holds no 6-digit code");
        }
        return matcher.group(1);
    }

    private String sync(PortalClient client, LocalCache cache, ProviderSummary provider) {
        SyncStatus status = new SyncEngine(client, cache, clock).sync(provider.id(), ignored -> { });
        if (status.problem() != null) {
            throw new IllegalStateException("sync reported: " + status.problem());
        }
        long rows = new CacheStore(cache).counts(provider.id()).values().stream().mapToLong(Long::longValue).sum();
        if (rows == 0) {
            throw new IllegalStateException("the sync stored nothing");
        }
        return rows + " rows";
    }

    /**
     * The latest remittance advice as PDF and as Excel, through the same path as {@code --export}, from the saved
     * data: the two report engines (JasperReports with its fonts, POI with its OOXML schemas) that the installers'
     * trimmed runtime and jars must still hold.
     */
    private String exportReports(SavedData saved, Path folder, long providerId) throws java.io.IOException {
        long pdf = export(saved, folder, providerId, "pdf", "%PDF-");
        long xlsx = export(saved, folder, providerId, "xlsx", "PK\u0003\u0004");
        return "remittance advice PDF of " + pdf / 1024 + " KB, Excel of " + xlsx / 1024 + " KB";
    }

    private long export(SavedData saved, Path folder, long providerId, String format, String magic)
            throws java.io.IOException {
        Path file = folder.resolve("remittance." + format);
        java.io.ByteArrayOutputStream said = new java.io.ByteArrayOutputStream();
        PrintStream to = new PrintStream(said, true, java.nio.charset.StandardCharsets.UTF_8);
        int exit = ExportMode.run(new String[] {"--export", "remittance", "--email", EMAIL, "--provider",
                Long.toString(providerId), "--format", format, "--out", file.toString()},
                new java.io.ByteArrayInputStream((DemoUsers.PASSWORD + "\n").getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)), to, to, saved, clock);
        if (exit != 0 || !Files.isRegularFile(file)) {
            throw new IllegalStateException("the " + format + " export said: "
                    + said.toString(java.nio.charset.StandardCharsets.UTF_8).strip());
        }
        byte[] start = Files.readAllBytes(file);
        if (start.length < 1000 || !new String(start, 0, magic.length(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .equals(magic)) {
            throw new IllegalStateException("the remittance " + format + " is not one (" + start.length + " bytes)");
        }
        return start.length;
    }

    private <T> T step(String name, Callable<T> work) {
        long started = System.nanoTime();
        try {
            T result = work.call();
            String detail = result instanceof String text ? " (" + text + ")" : "";
            out.println("SELF-TEST ok " + name + detail + " in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return result;
        } catch (Exception | LinkageError e) {
            throw new StepFailed(name, e);
        }
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        return failure.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder; the OS clears it
        }
    }

    /** A step that failed, with its name. */
    private static final class StepFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String step;

        StepFailed(String step, Throwable cause) {
            super(step, cause);
            this.step = step;
        }
    }
}
