package org.providerdesk.server.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/** Opens the server's database (H2 or PostgreSQL, by JDBC URL), migrates it and hands out connections. */
public final class Database implements AutoCloseable {

    private static final int MAX_CONNECTIONS = 32;

    private final JdbcConnectionPool pool;
    private final boolean postgres;

    private Database(JdbcConnectionPool pool, boolean postgres) {
        this.pool = pool;
        this.postgres = postgres;
    }

    /**
     * @param jdbcUrl  {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
     * @param user     database user ("sa" is fine for H2)
     * @param password database password
     */
    public static Database open(String jdbcUrl, String user, String password) {
        JdbcConnectionPool pool;
        boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
        if (postgres) {
            PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
            source.setURL(jdbcUrl);
            source.setUser(user);
            source.setPassword(password);
            pool = JdbcConnectionPool.create(source);
        } else if (jdbcUrl.startsWith("jdbc:h2:")) {
            pool = JdbcConnectionPool.create(jdbcUrl, user, password);
        } else {
            throw new IllegalArgumentException("Only jdbc:h2: and jdbc:postgresql: databases are supported");
        }
        pool.setMaxConnections(MAX_CONNECTIONS);
        Database database = new Database(pool, postgres);
        database.migrate();
        return database;
    }

    private void migrate() {
        Flyway.configure()
                .dataSource(pool)
                .locations("classpath:db/server")
                .load()
                .migrate();
    }

    public DataSource dataSource() {
        return pool;
    }

    public Jdbc jdbc() {
        return new Jdbc(pool);
    }

    public boolean isPostgres() {
        return postgres;
    }

    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
