package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.ReceivedChange;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.slf4j.LoggerFactory;

/**
 * A laptop gets lost: nothing under the data folder may show a person in care, whatever went wrong. The cache is
 * made to fail in the ways it can (a wrong password, a constraint hit, a value too long for its column, a file
 * that is not a cache) with the shipped logging writing into the data folder, then every file there is searched
 * for the test's client names.
 *
 * <p>A full disk is not simulated: that needs a small mounted file system, which a test cannot make without
 * administrator rights; the failures above reach the same code paths (H2's error, the app's log of it).
 */
class NothingPersonalOnDiskTest {

    private static final String EMAIL = "helen.marsh@rosewoodlodge.example";
    private static final List<String> NAMES = List.of("Mabel", "Thistlewood", "Ezekiel", "Quarrington");

    @TempDir
    Path appData;

    @Test
    void noFileUnderTheDataFolderNamesAClientAfterTheCacheFailed() throws Exception {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        AtomicInteger failures = new AtomicInteger();
        try {
            RollingLogTest.useShippedSetup(logging, LogFolder.folder(appData));
            // the desktop's own task runner, which logs every failure; here it runs everything on this thread
            WorkerTaskRunner tasks = new WorkerTaskRunner(Runnable::run, Runnable::run);
            SavedData saved = new SavedData(appData, new CacheKey(1_000));
            try (LocalCache cache = saved.open(EMAIL, "right password".toCharArray())) {
                new CacheStore(cache).applyPage(1, List.of(
                        new ReceivedChange("client", 7, 1, false,
                                "{\"firstName\":\"Mabel\",\"lastName\":\"Thistlewood\",\"councilReference\":\"R7\"}"),
                        new ReceivedChange("client", 8, 1, false,
                                "{\"firstName\":\"Ezekiel\",\"lastName\":\"Quarrington\",\"councilReference\":\"R8\"}")),
                        2, Instant.now(), ApplyFaults.NONE);
                // a constraint hit whose SQL quotes the name
                tasks.run(() -> insertTwice(cache), done -> { }, failed -> failures.incrementAndGet());
                // a value too long for its column, through the outbox
                tasks.run(() -> new Outbox(cache).enqueue(new Outbox.Command(1,
                        "Raise action: Mabel Thistlewood ".repeat(20), "raiseAction", "{}"), Instant.now()),
                        done -> { }, failed -> failures.incrementAndGet());
            }
            // a wrong password at offline unlock (this is what left cache.trace.db behind)
            tasks.run(() -> saved.open(EMAIL, "wrong password".toCharArray()), LocalCache::close,
                    failed -> failures.incrementAndGet());
            logging.stop();
        } finally {
            RollingLogTest.restoreTestSetup(logging);
        }

        assertEquals(3, failures.get(), "each failure reached the user's side");
        assertTrue(Files.exists(LogFolder.folder(appData).resolve("provider-desk.log")), "the log was written");
        try (Stream<Path> files = Files.walk(appData)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            for (Path file : all) {
                assertFalse(file.getFileName().toString().endsWith(".trace.db"), "H2 wrote a trace file: " + file);
                byte[] bytes = Files.readAllBytes(file);
                String latin = new String(bytes, StandardCharsets.ISO_8859_1);
                String utf16 = new String(bytes, StandardCharsets.UTF_16BE) + new String(bytes,
                        StandardCharsets.UTF_16LE);
                for (String name : NAMES) {
                    assertFalse(latin.contains(name) || utf16.contains(name), file + " names " + name);
                }
            }
        }
    }

    private static Void insertTwice(LocalCache cache) throws SQLException {
        try (Connection connection = cache.connection(); Statement statement = connection.createStatement()) {
            for (int i = 0; i < 2; i++) {
                statement.executeUpdate("INSERT INTO cached_provider (id, name, kind, council_reference) "
                        + "VALUES (99, 'Home of Mabel Thistlewood', 'CARE_HOME', 'P99')");
            }
        }
        return null;
    }
}
