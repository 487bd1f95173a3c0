package org.providerdesk.client.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.client.cache.CacheFailedException;
import org.providerdesk.client.cache.CacheSql;
import org.providerdesk.client.cache.LocalCache;

/** Runs a reader's query on JDBI ({@link CacheSql}) and turns the {@code data} column of each row into its record. */
final class CacheRows {

    private static final ObjectMapper JSON = JsonMapping.lenient();

    private final CacheSql sql;

    CacheRows(LocalCache cache) {
        this.sql = cache.sql();
    }

    /** The records of {@code sql}, whose first column is the row's JSON. */
    <T> List<T> list(Class<T> type, String query, Object... params) {
        return sql.list(query, json(type), params);
    }

    <T> Optional<T> first(Class<T> type, String query, Object... params) {
        return sql.first(query, json(type), params);
    }

    /** A single number, such as a count. */
    long number(String query, Object... params) {
        return sql.number(query, params);
    }

    List<Integer> integers(String query, Object... params) {
        return sql.list(query, (row, ctx) -> row.getInt(1), params);
    }

    List<Long> longs(String query, Object... params) {
        return sql.list(query, (row, ctx) -> row.getLong(1), params);
    }

    /** Rows of plain values, for what is not a record (ids, search texts). */
    List<Object[]> tuples(String query, Object... params) {
        return sql.list(query, new Tuple(), params);
    }

    /** The pattern of a text filter: what the user typed, lower-cased, anywhere in the searched text. */
    static String contains(String text) {
        String escaped = text.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    /** The api record in the first column's JSON; a row that is not such JSON is a damaged cache. */
    private static <T> RowMapper<T> json(Class<T> type) {
        ObjectReader reader = JSON.readerFor(type);
        return (row, ctx) -> {
            try {
                return reader.readValue(row.getString(1));
            } catch (IOException e) {
                throw new CacheFailedException("The data saved on this computer could not be read.", e);
            }
        };
    }

    /** Every column of a row as the driver gives it; the number of columns is looked up once per query. */
    private static final class Tuple implements RowMapper<Object[]> {

        @Override
        public Object[] map(ResultSet row, StatementContext ctx) throws SQLException {
            return specialize(row, ctx).map(row, ctx);
        }

        @Override
        public RowMapper<Object[]> specialize(ResultSet rows, StatementContext ctx) throws SQLException {
            int columns = rows.getMetaData().getColumnCount();
            return (row, c) -> {
                Object[] values = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = row.getObject(i + 1);
                }
                return values;
            };
        }
    }
}
