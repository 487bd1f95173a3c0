package org.providerdesk.client.cache;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The cache's SQL on JDBI (the library the server's repositories use too): the classes that own a table keep
 * their statements readable and run them through here with positional parameters. JDBI does the JDBC work
 * (connections, statements, result sets, commit and rollback); what is left here is turning a failure of the
 * file into the {@link CacheFailedException} whose words the screens show.
 */
public final class CacheSql {

    static final String READ_FAILED = "The data saved on this computer could not be read.";
    static final String UPDATE_FAILED = "The data saved on this computer could not be updated.";

    private final Jdbi jdbi;

    /** Over the cache's connections (one pooled connection per handle). */
    CacheSql(DataSource connections) {
        this.jdbi = Jdbi.create(connections);
    }

    /**
     * Runs {@code work} in one transaction (JDBI's): all of its statements are committed together, or none is.
     * Whatever it throws (an {@link Error} too) rolls back and reaches the caller unchanged, with a rollback that
     * failed itself added as suppressed, never in its place; nothing half-done is ever committed on the way out.
     * A failure of the file itself becomes a {@link CacheFailedException}.
     */
    public <T> T inTransaction(HandleCallback<T, ? extends Exception> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw new CacheFailedException(UPDATE_FAILED, e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // the work's own SQLException (the feed's JDBC batches): the file failed
            throw new CacheFailedException(UPDATE_FAILED, e);
        }
    }

    /** The rows of one query, each made into a value by {@code mapper}, on a connection of its own. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        return read(handle -> bound(handle.createQuery(sql), params).map(mapper).list());
    }

    public <T> Optional<T> first(String sql, RowMapper<T> mapper, Object... params) {
        return read(handle -> bound(handle.createQuery(sql), params).map(mapper).findFirst());
    }

    /** A single number, such as a count; 0 when there is no row. */
    public long number(String sql, Object... params) {
        return first(sql, (row, ctx) -> row.getLong(1), params).orElse(0L);
    }

    /** Reads with a handle of its own (auto-commit: each statement sees what was committed). */
    public <T> T read(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw new CacheFailedException(READ_FAILED, e);
        }
    }

    /**
     * Binds positional parameters as the hand-written code did, with {@code setObject}: the H2 driver takes a
     * {@link java.sql.Timestamp}, a number or a text as it is, and a null as SQL NULL.
     */
    public static <S extends SqlStatement<S>> S bound(S statement, Object... params) {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            statement.bind(i, (position, prepared, ctx) -> prepared.setObject(position, value));
        }
        return statement;
    }
}
