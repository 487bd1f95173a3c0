package org.providerdesk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.ReceivedChange;

/**
 * A page is applied whole or not at all, whatever interrupts it; every transaction of the cache (JDBI's) rolls back
 * on any Throwable and keeps the first cause; a failure of the file reaches the user in the words the screens show.
 */
class CacheTransactionTest {

    @TempDir
    Path home;

    private static List<ReceivedChange> page(long firstId) {
        return List.of(new ReceivedChange("client", firstId, firstId, false,
                        "{\"id\":" + firstId + ",\"councilReference\":\"R" + firstId + "\",\"firstName\":\"A\",\"lastName\":\"B\"}"),
                new ReceivedChange("client", firstId + 1, firstId + 1, false,
                        "{\"id\":" + (firstId + 1) + ",\"councilReference\":\"R\",\"firstName\":\"C\",\"lastName\":\"D\"}"));
    }

    @Test
    void anErrorPartWayThroughAPageRollsItBackAndTheNextPageDoesNotCommitIt() {
        try (LocalCache cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK)) {
            CacheStore store = new CacheStore(cache);
            for (ApplyFaults.Step step : ApplyFaults.Step.values()) {
                assertThrows(StackOverflowError.class, () -> store.applyPage(1, page(10), 20, Instant.now(),
                        reached -> {
                            if (reached == step) {
                                throw new StackOverflowError("simulated at " + step);
                            }
                        }));
            }
            for (int i = 0; i < 8; i++) {
                // every pooled connection is used again: none may carry the interrupted page into a commit
                store.applyPage(2, page(100 + 2 * i), 5, Instant.now(), ApplyFaults.NONE);
            }

            assertEquals(List.of(), store.allRows(1));
            assertEquals(0, store.cursor(1));
            assertEquals(16, store.allRows(2).size());
        }
    }

    @Test
    void aFailureKeepsItsOwnCauseForTheUser() {
        try (LocalCache cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK)) {
            CacheStore store = new CacheStore(cache);
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.applyPage(1,
                    page(10), 20, Instant.now(), reached -> {
                        throw new IllegalStateException("the first cause");
                    }));
            assertEquals("the first cause", thrown.getMessage());
            assertEquals(List.of(), store.allRows(1));
        }
    }

    @Test
    void anErrorInsideATransactionRollsBackWhatItsStatementsWrote() {
        try (LocalCache cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK)) {
            CacheStore store = new CacheStore(cache);
            AssertionError thrown = assertThrows(AssertionError.class, () -> cache.sql().inTransaction(handle -> {
                handle.execute("MERGE INTO snapshot KEY (provider_id, name) VALUES (1, 'home', '{}', NOW())");
                throw new AssertionError("an Error, not an Exception");
            }));

            assertEquals("an Error, not an Exception", thrown.getMessage());
            assertEquals(Optional.empty(), store.snapshot(1, "home"));
            store.saveSnapshot(1, "home", "{\"kept\":true}", Instant.now());
            assertEquals(Optional.of("{\"kept\":true}"), store.snapshot(1, "home"),
                    "the connection went back to the pool able to commit");
        }
    }

    @Test
    void aFailingRollbackDoesNotHideTheFirstCause() {
        try (LocalCache cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK)) {
            CacheSql failing = new CacheSql(rollbackCutOff(cache));
            IllegalStateException first = new IllegalStateException("the first cause");

            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> failing.inTransaction(
                    handle -> {
                        handle.execute("MERGE INTO snapshot KEY (provider_id, name) VALUES (1, 'home', '{}', NOW())");
                        throw first;
                    }));

            assertSame(first, thrown);
            assertTrue(Arrays.stream(thrown.getSuppressed()).anyMatch(CacheTransactionTest::saysCutDuringRollback),
                    "the rollback's failure is kept beside the first cause");
            assertEquals(Optional.empty(), new CacheStore(cache).snapshot(1, "home"));
        }
    }

    @Test
    void aFailureOfTheFileSaysSoInTheUsersWordsAndKeepsTheDriversCause() {
        try (LocalCache cache = LocalCache.open(home.resolve("c"), "pw".toCharArray(), LocalCacheTest.QUICK)) {
            SQLException driver = new SQLException("the disk is full");

            CacheFailedException read = assertThrows(CacheFailedException.class,
                    () -> cache.sql().list("SELECT data FROM no_such_table", (row, ctx) -> row.getString(1)));
            CacheFailedException written = assertThrows(CacheFailedException.class,
                    () -> cache.sql().inTransaction(handle -> handle.execute("INSERT INTO no_such_table VALUES (1)")));
            CacheFailedException batch = assertThrows(CacheFailedException.class,
                    () -> new CacheStore(cache).run(connection -> {
                        throw driver;
                    }));

            assertEquals("The data saved on this computer could not be read.", read.getMessage());
            assertEquals("The data saved on this computer could not be updated.", written.getMessage());
            assertEquals("The data saved on this computer could not be updated.", batch.getMessage());
            assertSame(driver, batch.getCause());
        }
    }

    /** The cache's own connections, except that a rollback rolls back and then reports that the file went away. */
    private static DataSource rollbackCutOff(LocalCache cache) {
        ClassLoader loader = CacheTransactionTest.class.getClassLoader();
        return (DataSource) Proxy.newProxyInstance(loader, new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
            if (!method.getName().equals("getConnection")) {
                throw new UnsupportedOperationException(method.getName());
            }
            Connection connection = cache.connection();
            return Proxy.newProxyInstance(loader, new Class<?>[] {Connection.class}, (p, m, a) -> {
                if (m.getName().equals("rollback") && (a == null || a.length == 0)) {
                    connection.rollback();
                    throw new SQLException("the file was cut during rollback");
                }
                return invoke(m, connection, a);
            });
        });
    }

    /** The failure, or a cause of it (JDBI wraps the driver's), tells of the cut rollback. */
    private static boolean saysCutDuringRollback(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("cut during")) {
                return true;
            }
        }
        return false;
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
