package org.providerdesk.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh database for each test server: in-memory H2 by default, or a new database on one real PostgreSQL
 * per test JVM when {@code -Dproviderdesk.test.db=postgres} (the second surefire run of the server tests).
 */
public final class TestDatabases {

    private static EmbeddedPostgres postgres;

    private TestDatabases() {
    }

    public static boolean onPostgres() {
        return "postgres".equals(System.getProperty("providerdesk.test.db"));
    }

    /** @return a JDBC URL, user and password of an empty database */
    public static String[] fresh() {
        String name = "portal_" + UUID.randomUUID().toString().replace("-", "");
        if (!onPostgres()) {
            return new String[] {"jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", ""};
        }
        EmbeddedPostgres server = postgres();
        try (Connection connection = server.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create a test database", e);
        }
        return new String[] {server.getJdbcUrl("postgres", name), "postgres", "postgres"};
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is ending anyway
                }
            }));
        }
        return postgres;
    }
}
