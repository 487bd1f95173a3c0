package org.providerdesk.server.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC with the boilerplate taken out. A statement runs in the transaction of the current thread when
 * one is open ({@link #inTransaction}), otherwise on its own connection with auto-commit.
 */
public final class Jdbc {

    /** Per instance: two databases' helpers on one thread never share a transaction. */
    private final ThreadLocal<Connection> current = new ThreadLocal<>();
    private static final int BATCH_SIZE = 2000;
    /** Rows a cursor asks the database for at a time (PostgreSQL streams only with a fetch size). */
    private static final int CURSOR_FETCH_SIZE = 500;

    private final DataSource dataSource;

    public Jdbc(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    /**
     * Runs {@code work} in one transaction: all of its statements are committed together, or none is. Any
     * {@link Throwable} (an {@link Error} too) rolls back; a rollback that fails is added to the first cause as
     * suppressed, never in its place; and nothing half-done is ever committed on the way out.
     */
    public <T> T inTransaction(Work<T> work) {
        if (current.get() != null) {
            return call(work);
        }
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
        try (connection) {
            connection.setAutoCommit(false);
            current.set(connection);
            T result;
            try {
                result = work.run();
            } catch (Throwable failure) {
                rollBackQuietly(connection, failure);
                throw failure;
            }
            connection.commit();
            connection.setAutoCommit(true);
            return result;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (SQLException e) {
            throw new DataAccessException(e);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        } finally {
            current.remove();
        }
    }

    private static void rollBackQuietly(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (Throwable rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params);
                    ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        });
    }

    /**
     * Opens a query as a cursor over its rows, for reading them one at a time as they are written out rather than
     * all at once: only the rows read are mapped. Must run inside {@link #inTransaction}, on whose connection the
     * cursor lives (several may be open at once); close it before the transaction ends.
     */
    public <T> RowCursor<T> cursor(String sql, RowMapper<T> mapper, Object... params) {
        Connection open = current.get();
        if (open == null) {
            throw new IllegalStateException("A cursor needs an open transaction");
        }
        try {
            PreparedStatement statement = prepare(open, sql, params);
            statement.setFetchSize(CURSOR_FETCH_SIZE);
            try {
                return new RowCursor<>(statement, statement.executeQuery(), mapper);
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    /** The rows of one query, read forward; {@link #map()} turns the current one into a value. */
    public static final class RowCursor<T> implements AutoCloseable {
        private final PreparedStatement statement;
        private final ResultSet rows;
        private final RowMapper<T> mapper;

        private RowCursor(PreparedStatement statement, ResultSet rows, RowMapper<T> mapper) {
            this.statement = statement;
            this.rows = rows;
            this.mapper = mapper;
        }

        /** @return whether there is a current row */
        public boolean next() {
            try {
                return rows.next();
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
        }

        public long getLong(String column) {
            try {
                return rows.getLong(column);
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
        }

        public T map() {
            try {
                return mapper.map(rows);
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
        }

        @Override
        public void close() {
            try (statement) {
                rows.close();
            } catch (SQLException e) {
                throw new DataAccessException(e);
            }
        }
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = list(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    public long count(String sql, Object... params) {
        return first(sql, row -> row.getLong(1), params).orElse(0L);
    }

    /** @return the number of rows changed */
    public int update(String sql, Object... params) {
        return withConnection(connection -> {
            try (PreparedStatement statement = prepare(connection, sql, params)) {
                return statement.executeUpdate();
            }
        });
    }

    /** Inserts one row and returns its generated {@code id}. */
    public long insert(String sql, Object... params) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"})) {
                bind(statement, params);
                statement.executeUpdate();
                try (ResultSet keys = statement.getGeneratedKeys()) {
                    if (!keys.next()) {
                        throw new SQLException("No generated key for insert");
                    }
                    return keys.getLong(1);
                }
            }
        });
    }

    /**
     * Runs one statement for many rows, sent in JDBC batches of {@value #BATCH_SIZE}; in the current transaction
     * when one is open.
     *
     * @return the number of rows changed
     */
    public int batch(String sql, List<Object[]> rows) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
                int changed = 0;
                int pending = 0;
                for (Object[] params : rows) {
                    bind(statement, params);
                    statement.addBatch();
                    if (++pending == BATCH_SIZE) {
                        changed += changed(statement.executeBatch());
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    changed += changed(statement.executeBatch());
                }
                return changed;
            }
        });
    }

    private static int changed(int[] counts) {
        int total = 0;
        for (int count : counts) {
            total += count < 0 ? 1 : count;
        }
        return total;
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private <T> T call(Work<T> work) {
        try {
            return work.run();
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Exception e) {
        if (e instanceof RuntimeException runtime) {
            return runtime;
        }
        if (e instanceof SQLException sql) {
            return new DataAccessException(sql);
        }
        return new IllegalStateException(e);
    }

    @FunctionalInterface
    private interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(ConnectionWork<T> work) {
        Connection open = current.get();
        try {
            if (open != null) {
                return work.run(open);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw new DataAccessException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... params)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS);
        bind(statement, params);
        return statement;
    }

    private static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            if (value instanceof Instant instant) {
                value = instant.atOffset(ZoneOffset.UTC);
            } else if (value instanceof Enum<?> constant) {
                value = constant.name();
            }
            statement.setObject(i + 1, value);
        }
    }
}
