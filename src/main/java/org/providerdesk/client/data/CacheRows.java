package org.providerdesk.client.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.client.cache.CacheFailedException;
import org.providerdesk.client.cache.LocalCache;

/** Runs a reader's query and turns the {@code data} column of each row into its api record. */
final class CacheRows {

    private static final ObjectMapper JSON = JsonMapping.lenient();

    private final LocalCache cache;

    CacheRows(LocalCache cache) {
        this.cache = cache;
    }

    /** The records of {@code sql}, whose first column is the row's JSON. */
    <T> List<T> list(Class<T> type, String sql, Object... params) {
        ObjectReader reader = JSON.readerFor(type);
        try (Connection connection = cache.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.readValue(rows.getString(1)));
                }
                return result;
            }
        } catch (SQLException | IOException e) {
            throw new CacheFailedException("The data saved on this computer could not be read.", e);
        }
    }

    <T> Optional<T> first(Class<T> type, String sql, Object... params) {
        return list(type, sql, params).stream().findFirst();
    }

    /** A single number, such as a count. */
    long number(String sql, Object... params) {
        try (Connection connection = cache.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new CacheFailedException("The data saved on this computer could not be read.", e);
        }
    }

    List<Integer> integers(String sql, Object... params) {
        try (Connection connection = cache.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Integer> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(rows.getInt(1));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new CacheFailedException("The data saved on this computer could not be read.", e);
        }
    }

    List<Long> longs(String sql, Object... params) {
        return tuples(sql, params).stream().map(row -> ((Number) row[0]).longValue()).toList();
    }

    /** Rows of plain values, for what is not a record (ids, search texts). */
    List<Object[]> tuples(String sql, Object... params) {
        try (Connection connection = cache.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                List<Object[]> result = new ArrayList<>();
                while (rows.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rows.getObject(c + 1);
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new CacheFailedException("The data saved on this computer could not be read.", e);
        }
    }

    /** The pattern of a text filter: what the user typed, lower-cased, anywhere in the searched text. */
    static String contains(String text) {
        String escaped = text.trim().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
