package org.providerdesk.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.testing.TestDatabases;

/** The server's transaction helper, on the test database (H2, or PostgreSQL in the second run). */
class JdbcTransactionsTest {

    private Database database;
    private Jdbc jdbc;

    @BeforeEach
    void open() {
        String[] db = TestDatabases.fresh();
        database = Database.open(db[0], db[1], db[2]);
        jdbc = database.jdbc();
        jdbc.update("CREATE TABLE tx_probe (n INT)");
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        database.close();
    }

    private long rows(Jdbc on) {
        return on.count("SELECT COUNT(*) FROM tx_probe");
    }

    @Test
    void anErrorRollsBackInsteadOfCommittingHalfDoneWork() {
        AssertionError thrown = assertThrows(AssertionError.class, () -> jdbc.inTransaction(() -> {
            jdbc.update("INSERT INTO tx_probe (n) VALUES (1)");
            throw new AssertionError("an Error, not an Exception");
        }));

        assertEquals("an Error, not an Exception", thrown.getMessage());
        assertEquals(0, rows(jdbc));
    }

    @Test
    void anExceptionRollsBack() {
        assertThrows(IllegalStateException.class, () -> jdbc.inTransaction(() -> {
            jdbc.update("INSERT INTO tx_probe (n) VALUES (1)");
            throw new IllegalStateException("refused");
        }));

        assertEquals(0, rows(jdbc));
    }

    @Test
    void twoHelpersOnOneThreadDoNotShareATransaction() {
        JdbcDataSource other = new JdbcDataSource();
        other.setURL("jdbc:h2:mem:other" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Jdbc second = new Jdbc(other);
        second.update("CREATE TABLE tx_probe (n INT)");

        assertThrows(IllegalStateException.class, () -> jdbc.inTransaction(() -> {
            jdbc.update("INSERT INTO tx_probe (n) VALUES (1)");
            second.update("INSERT INTO tx_probe (n) VALUES (2)");
            throw new IllegalStateException("roll back the first database only");
        }));

        assertEquals(0, rows(jdbc));
        assertEquals(1, rows(second), "the second helper wrote on its own connection, with auto-commit");
    }

    @Test
    void aFailingRollbackDoesNotHideTheFirstCause() {
        DataSource real = database.dataSource();
        DataSource failingRollback = (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(method, real, args);
                    if (!method.getName().equals("getConnection")) {
                        return result;
                    }
                    Connection connection = (Connection) result;
                    return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                            (p, m, a) -> {
                                if (m.getName().equals("rollback")) {
                                    connection.rollback();
                                    throw new SQLException("the connection was cut during rollback");
                                }
                                return invoke(m, connection, a);
                            });
                });
        Jdbc failing = new Jdbc(failingRollback);
        IllegalStateException first = new IllegalStateException("the first cause");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> failing.inTransaction(() -> {
            failing.update("INSERT INTO tx_probe (n) VALUES (1)");
            throw first;
        }));

        assertSame(first, thrown);
        assertTrue(Arrays.stream(thrown.getSuppressed()).anyMatch(JdbcTransactionsTest::saysCutDuringRollback),
                "the rollback's failure is kept beside the first cause");
        assertEquals(0, rows(jdbc));
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

    private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
