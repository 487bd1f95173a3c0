package org.providerdesk.server.db;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The repositories' SQL on JDBI: each repository keeps its statements readable in one place and calls these with
 * positional parameters. A statement runs in the transaction of the current thread when one is open
 * ({@link #inTransaction}), otherwise on its own pooled connection with auto-commit. JDBI does the JDBC work
 * (connections, statements, result sets, commit and rollback); what is left here is the positional style the
 * repositories use, the thread's transaction, and the change feed's streaming cursor (plain JDBC on the
 * transaction's connection, see {@link #cursor}).
 */
public final class Jdbc {

    /** Per instance: two databases' helpers on one thread never share a transaction. */
    private final ThreadLocal<Handle> current = new ThreadLocal<>();
    private static final int BATCH_SIZE = 2000;
    /** Rows a cursor asks the database for at a time (PostgreSQL streams only with a fetch size). */
    private static final int CURSOR_FETCH_SIZE = 500;

    private final Jdbi jdbi;

    public Jdbc(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
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
     * Runs {@code work} in one transaction (JDBI's): all of its statements are committed together, or none is.
     * Any {@link Throwable} (an {@link Error} too) rolls back; a rollback that fails is added to the first cause
     * as suppressed, never in its place; and nothing half-done is ever committed on the way out. Inside an open
     * transaction, {@code work} simply joins it.
     */
    public <T> T inTransaction(Work<T> work) {
        if (current.get() != null) {
            return call(work);
        }
        try {
            return jdbi.inTransaction(handle -> {
                current.set(handle);
                try {
                    return work.run();
                } finally {
                    current.remove();
                }
            });
        } catch (RuntimeException e) {
            throw translated(e);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return withHandle(handle -> bound(handle.createQuery(sql), params).map((row, ctx) -> mapper.map(row)).list());
    }

    /**
     * Opens a query as a cursor over its rows, for reading them one at a time as they are written out rather than
     * all at once: only the rows read are mapped. Must run inside {@link #inTransaction}, on whose connection the
     * cursor lives (several may be open at once); close it before the transaction ends.
     *
     * <p>Plain JDBC on the transaction's connection, not JDBI's ResultIterator: that one reads ahead and closes
     * its result set on the last row, while the change feed reads a row's id and change number first and maps
     * it only when the row goes into the page.
     */
    public <T> RowCursor<T> cursor(String sql, RowMapper<T> mapper, Object... params) {
        Handle open = current.get();
        if (open == null) {
            throw new IllegalStateException("A cursor needs an open transaction");
        }
        try {
            PreparedStatement statement = open.getConnection().prepareStatement(sql, Statement.NO_GENERATED_KEYS);
            try {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, jdbcValue(params[i]));
                }
                statement.setFetchSize(CURSOR_FETCH_SIZE);
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
        return withHandle(handle -> bound(handle.createQuery(sql), params).map((row, ctx) -> mapper.map(row))
                .findFirst());
    }

    public long count(String sql, Object... params) {
        return first(sql, row -> row.getLong(1), params).orElse(0L);
    }

    /** @return the number of rows changed */
    public int update(String sql, Object... params) {
        return withHandle(handle -> bound(handle.createUpdate(sql), params).execute());
    }

    /** Inserts one row and returns its generated {@code id}. */
    public long insert(String sql, Object... params) {
        return withHandle(handle -> bound(handle.createUpdate(sql), params).executeAndReturnGeneratedKeys("id")
                .map((row, ctx) -> row.getLong(1)).findFirst()
                .orElseThrow(() -> new DataAccessException(new SQLException("No generated key for insert"))));
    }

    /**
     * Runs one statement for many rows, sent in JDBC batches of {@value #BATCH_SIZE}; in the current transaction
     * when one is open.
     *
     * @return the number of rows changed
     */
    public int batch(String sql, List<Object[]> rows) {
        return withHandle(handle -> {
            int changed = 0;
            int pending = 0;
            PreparedBatch batch = handle.prepareBatch(sql);
            try {
                for (Object[] params : rows) {
                    bind(batch, params);
                    batch.add();
                    if (++pending == BATCH_SIZE) {
                        changed += changed(batch.execute());
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    changed += changed(batch.execute());
                }
                return changed;
            } finally {
                batch.close();
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
        } catch (RuntimeException e) {
            throw translated(e);
        } catch (SQLException e) {
            throw new DataAccessException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** In the thread's transaction when one is open, otherwise on a handle of its own (auto-commit). */
    private <T> T withHandle(HandleCallback<T, RuntimeException> work) {
        Handle open = current.get();
        try {
            return open != null ? work.withHandle(open) : jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw translated(e);
        }
    }

    /**
     * A JDBI failure caused by the database becomes the {@link DataAccessException} callers have always caught
     * (with the {@link SQLException}, whose SQL state tells a unique key from a lost connection); any other
     * failure passes unchanged.
     */
    private static RuntimeException translated(RuntimeException failure) {
        if (failure instanceof JdbiException && failure.getCause() instanceof SQLException sql) {
            DataAccessException translated = new DataAccessException(sql);
            for (Throwable suppressed : failure.getSuppressed()) {
                translated.addSuppressed(suppressed);
            }
            return translated;
        }
        return failure;
    }

    private static <S extends SqlStatement<S>> S bound(S statement, Object... params) {
        bind(statement, params);
        return statement;
    }

    /**
     * Binds positional parameters the way the schema expects them: an {@link Instant} as a UTC
     * {@link OffsetDateTime} (the columns are TIMESTAMP WITH TIME ZONE), an enum by its name, anything else as
     * the driver takes it.
     */
    private static void bind(SqlStatement<?> statement, Object... params) {
        for (int i = 0; i < params.length; i++) {
            Object bound = jdbcValue(params[i]);
            statement.bind(i, (position, prepared, ctx) -> prepared.setObject(position, bound));
        }
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
