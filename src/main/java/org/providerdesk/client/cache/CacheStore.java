package org.providerdesk.client.cache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.ReceivedChange;
import org.providerdesk.domain.ProviderKind;

/** Reads and writes the cache: who it belongs to, their providers, synced rows with cursors, and snapshots. */
public final class CacheStore {

    private final LocalCache cache;

    public CacheStore(LocalCache cache) {
        this.cache = cache;
    }

    /** A row as stored: its kind, id, version and the server's JSON. */
    public record StoredRow(String kind, long id, long version, String dataJson) {
    }

    /** Who the cache belongs to, for offline unlock. */
    public record Owner(long userId, String name, String email, String serverUrl) {
    }

    public void saveOwner(UserInfo user, String serverUrl) {
        run(connection -> {
            try (PreparedStatement owner = connection.prepareStatement(
                    "MERGE INTO cache_owner KEY (id) VALUES (1, ?, ?, ?, ?)")) {
                owner.setLong(1, user.id());
                owner.setString(2, user.name());
                owner.setString(3, user.email());
                owner.setString(4, serverUrl);
                owner.executeUpdate();
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM cached_provider");
                    PreparedStatement add = connection.prepareStatement(
                            "INSERT INTO cached_provider (id, name, kind, council_reference) VALUES (?, ?, ?, ?)")) {
                clear.executeUpdate();
                for (ProviderSummary provider : user.providers()) {
                    add.setLong(1, provider.id());
                    add.setString(2, provider.name());
                    add.setString(3, provider.kind().name());
                    add.setString(4, provider.councilReference());
                    add.addBatch();
                }
                add.executeBatch();
            }
            return null;
        });
    }

    public Optional<Owner> owner() {
        return query("SELECT user_id, user_name, email, server_url FROM cache_owner WHERE id = 1",
                row -> new Owner(row.getLong(1), row.getString(2), row.getString(3), row.getString(4))).stream()
                .findFirst();
    }

    public List<ProviderSummary> providers() {
        return query("SELECT id, name, kind, council_reference FROM cached_provider ORDER BY name",
                row -> new ProviderSummary(row.getLong(1), row.getString(2), ProviderKind.valueOf(row.getString(3)),
                        row.getString(4)));
    }

    public long cursor(long providerId) {
        return query("SELECT sync_cursor FROM sync_state WHERE provider_id = ?", row -> row.getLong(1), providerId)
                .stream().findFirst().orElse(0L);
    }

    public Optional<Instant> lastSyncedAt(long providerId) {
        return query("SELECT last_synced_at FROM sync_state WHERE provider_id = ?",
                row -> row.getObject(1, java.time.OffsetDateTime.class), providerId).stream().findFirst()
                .map(java.time.OffsetDateTime::toInstant);
    }

    /**
     * Applies one page of the feed and moves the cursor, all in one transaction: a failure at any step leaves
     * the cache exactly as before the page.
     */
    public void applyPage(long providerId, List<ReceivedChange> changes, long nextCursor, Instant now,
            ApplyFaults faults) {
        run(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "MERGE INTO synced_row KEY (provider_id, kind, id) VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement delete = connection.prepareStatement(
                            "DELETE FROM synced_row WHERE provider_id = ? AND kind = ? AND id = ?")) {
                for (ReceivedChange change : changes) {
                    if (change.deleted()) {
                        delete.setLong(1, providerId);
                        delete.setString(2, change.kind());
                        delete.setLong(3, change.id());
                        delete.addBatch();
                    } else {
                        upsert.setLong(1, providerId);
                        upsert.setString(2, change.kind());
                        upsert.setLong(3, change.id());
                        upsert.setLong(4, change.version());
                        upsert.setString(5, change.dataJson());
                        upsert.addBatch();
                    }
                }
                upsert.executeBatch();
                faults.reached(ApplyFaults.Step.ROWS_WRITTEN);
                delete.executeBatch();
                faults.reached(ApplyFaults.Step.TOMBSTONES_APPLIED);
            }
            try (PreparedStatement cursor = connection.prepareStatement(
                    "MERGE INTO sync_state KEY (provider_id) VALUES (?, ?, ?)")) {
                cursor.setLong(1, providerId);
                cursor.setLong(2, nextCursor);
                cursor.setTimestamp(3, Timestamp.from(now));
                cursor.executeUpdate();
            }
            faults.reached(ApplyFaults.Step.CURSOR_WRITTEN);
            return null;
        });
    }

    /** Marks a sync that found nothing new as a sync, for "last synced". */
    public void touchSynced(long providerId, Instant now) {
        applyPage(providerId, List.of(), cursor(providerId), now, ApplyFaults.NONE);
    }

    /** The JSON of every row of a kind, by id. */
    public List<String> rows(long providerId, String kind) {
        return query("SELECT data FROM synced_row WHERE provider_id = ? AND kind = ? ORDER BY id",
                row -> row.getString(1), providerId, kind);
    }

    public List<StoredRow> allRows(long providerId) {
        return query("SELECT kind, id, version, data FROM synced_row WHERE provider_id = ? ORDER BY kind, id",
                row -> new StoredRow(row.getString(1), row.getLong(2), row.getLong(3), row.getString(4)), providerId);
    }

    /** How many rows of each kind the cache holds for a provider. */
    public Map<String, Long> counts(long providerId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] pair : query("SELECT kind, COUNT(*) FROM synced_row WHERE provider_id = ? GROUP BY kind "
                + "ORDER BY kind", row -> new Object[] {row.getString(1), row.getLong(2)}, providerId)) {
            counts.put((String) pair[0], (Long) pair[1]);
        }
        return counts;
    }

    public void saveSnapshot(long providerId, String name, String json, Instant now) {
        run(connection -> {
            try (PreparedStatement save = connection.prepareStatement(
                    "MERGE INTO snapshot KEY (provider_id, name) VALUES (?, ?, ?, ?)")) {
                save.setLong(1, providerId);
                save.setString(2, name);
                save.setString(3, json);
                save.setTimestamp(4, Timestamp.from(now));
                save.executeUpdate();
            }
            return null;
        });
    }

    public Optional<String> snapshot(long providerId, String name) {
        return query("SELECT data FROM snapshot WHERE provider_id = ? AND name = ?", row -> row.getString(1),
                providerId, name).stream().findFirst();
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Runs {@code work} in one transaction. */
    <T> T run(Work<T> work) {
        try (Connection connection = cache.connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new CacheFailedException("The data saved on this computer could not be updated.", e);
        }
    }

    <T> List<T> query(String sql, RowReader<T> reader, Object... params) {
        try (Connection connection = cache.connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new CacheFailedException("The data saved on this computer could not be read.", e);
        }
    }
}
