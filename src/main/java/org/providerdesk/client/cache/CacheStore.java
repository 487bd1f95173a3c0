package org.providerdesk.client.cache;

import static org.providerdesk.client.cache.CacheSql.bound;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.ReceivedChange;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.providerdesk.client.RowFields;
import org.providerdesk.domain.ProviderKind;

/** Reads and writes the cache: who it belongs to, their providers, synced rows with cursors, and snapshots. */
public final class CacheStore {

    private final LocalCache cache;
    private final CacheSql sql;

    public CacheStore(LocalCache cache) {
        this.cache = cache;
        this.sql = cache.sql();
    }

    /** A row as stored: its kind, id, version and the server's JSON. */
    public record StoredRow(String kind, long id, long version, String dataJson) {
    }

    /** Who the cache belongs to, for offline unlock. */
    public record Owner(long userId, String name, String email, String serverUrl) {
    }

    public void saveOwner(UserInfo user, String serverUrl) {
        sql.inTransaction(handle -> {
            bound(handle.createUpdate("MERGE INTO cache_owner KEY (id) VALUES (1, ?, ?, ?, ?)"), user.id(),
                    user.name(), user.email(), serverUrl).execute();
            handle.createUpdate("DELETE FROM cached_provider").execute();
            PreparedBatch add = handle.prepareBatch(
                    "INSERT INTO cached_provider (id, name, kind, council_reference) VALUES (?, ?, ?, ?)");
            for (ProviderSummary provider : user.providers()) {
                bound(add, provider.id(), provider.name(), provider.kind().name(), provider.councilReference()).add();
            }
            if (add.size() > 0) {
                add.execute();
            }
            return null;
        });
    }

    public Optional<Owner> owner() {
        return sql.first("SELECT user_id, user_name, email, server_url FROM cache_owner WHERE id = 1",
                (row, ctx) -> new Owner(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    public List<ProviderSummary> providers() {
        return sql.list("SELECT id, name, kind, council_reference FROM cached_provider ORDER BY name",
                (row, ctx) -> new ProviderSummary(row.getLong(1), row.getString(2),
                        ProviderKind.valueOf(row.getString(3)), row.getString(4)));
    }

    public long cursor(long providerId) {
        return sql.number("SELECT sync_cursor FROM sync_state WHERE provider_id = ?", providerId);
    }

    public Optional<Instant> lastSyncedAt(long providerId) {
        return sql.first("SELECT last_synced_at FROM sync_state WHERE provider_id = ?",
                (row, ctx) -> row.getObject(1, OffsetDateTime.class), providerId).map(OffsetDateTime::toInstant);
    }

    /**
     * Applies one page of the feed and moves the cursor, all in one transaction: a failure at any step leaves
     * the cache exactly as before the page. Each known kind goes to its own table, in one JDBC batch per table,
     * its typed columns bound from the row as parsed by the feed reader.
     */
    public void applyPage(long providerId, List<ReceivedChange> changes, long nextCursor, Instant now,
            ApplyFaults faults) {
        run(connection -> {
            applyIn(connection, providerId, changes, nextCursor, now, faults);
            return null;
        });
        if (!changes.isEmpty()) {
            cache.rowsChanged();
        }
    }

    /**
     * After the portal said the cursor is older than the deletions it keeps: replaces every synced row of the
     * provider with the whole feed read again from the start, in one transaction, so the cache shows either the old
     * rows or the new ones, never a half-empty mix. The outbox and the snapshots are not touched.
     */
    public void replaceAllSynced(long providerId, List<ReceivedChange> everything, long nextCursor, Instant now) {
        run(connection -> {
            for (CachedKinds.Kind kind : CachedKinds.all()) {
                try (PreparedStatement clear = connection.prepareStatement(
                        "DELETE FROM " + kind.table() + " WHERE provider_id = ?")) {
                    clear.setLong(1, providerId);
                    clear.executeUpdate();
                }
            }
            try (PreparedStatement clear = connection.prepareStatement("DELETE FROM synced_row WHERE provider_id = ?")) {
                clear.setLong(1, providerId);
                clear.executeUpdate();
            }
            applyIn(connection, providerId, everything, nextCursor, now, ApplyFaults.NONE);
            return null;
        });
        cache.rowsChanged();
    }

    private void applyIn(Connection connection, long providerId, List<ReceivedChange> changes, long nextCursor,
            Instant now, ApplyFaults faults) throws SQLException {
        {
            Map<String, PreparedStatement> upserts = new LinkedHashMap<>();
            Map<String, PreparedStatement> deletes = new LinkedHashMap<>();
            try {
                for (ReceivedChange change : changes) {
                    Optional<CachedKinds.Kind> kind = CachedKinds.of(change.kind());
                    if (change.deleted()) {
                        PreparedStatement delete = statement(connection, deletes, change.kind(),
                                kind.map(CachedKinds.Kind::deleteSql).orElse(UNKNOWN_DELETE));
                        delete.setLong(1, providerId);
                        delete.setLong(2, change.id());
                        if (kind.isEmpty()) {
                            delete.setString(3, change.kind());
                        }
                        delete.addBatch();
                    } else if (kind.isPresent()) {
                        PreparedStatement upsert = statement(connection, upserts, change.kind(), kind.get().mergeSql());
                        kind.get().bind(upsert, providerId, change.id(), change.version(), fields(change),
                                change.dataJson());
                        upsert.addBatch();
                    } else {
                        PreparedStatement upsert = statement(connection, upserts, change.kind(), UNKNOWN_MERGE);
                        upsert.setLong(1, providerId);
                        upsert.setString(2, change.kind());
                        upsert.setLong(3, change.id());
                        upsert.setLong(4, change.version());
                        upsert.setString(5, change.dataJson());
                        upsert.addBatch();
                    }
                }
                for (PreparedStatement upsert : upserts.values()) {
                    upsert.executeBatch();
                }
                faults.reached(ApplyFaults.Step.ROWS_WRITTEN);
                for (PreparedStatement delete : deletes.values()) {
                    delete.executeBatch();
                }
                faults.reached(ApplyFaults.Step.TOMBSTONES_APPLIED);
            } finally {
                closeAll(upserts.values());
                closeAll(deletes.values());
            }
            try (PreparedStatement cursor = connection.prepareStatement(
                    "MERGE INTO sync_state KEY (provider_id) VALUES (?, ?, ?)")) {
                cursor.setLong(1, providerId);
                cursor.setLong(2, nextCursor);
                cursor.setTimestamp(3, Timestamp.from(now));
                cursor.executeUpdate();
            }
            faults.reached(ApplyFaults.Step.CURSOR_WRITTEN);
        }
    }

    /** Kinds this desktop has no table for are kept as the server sent them, for a later version to read. */
    private static final String UNKNOWN_MERGE = "MERGE INTO synced_row KEY (provider_id, kind, id) VALUES (?, ?, ?, ?, ?)";
    private static final String UNKNOWN_DELETE = "DELETE FROM synced_row WHERE provider_id = ? AND id = ? AND kind = ?";

    private static PreparedStatement statement(Connection connection, Map<String, PreparedStatement> open, String kind,
            String sql) throws SQLException {
        PreparedStatement statement = open.get(kind);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            open.put(kind, statement);
        }
        return statement;
    }

    private static void closeAll(Iterable<PreparedStatement> statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.close();
        }
    }

    private static RowFields fields(ReceivedChange change) throws SQLException {
        if (change.fields() != null) {
            return change.fields();
        }
        try {
            return RowFields.of(change.dataJson());
        } catch (java.io.UncheckedIOException e) {
            throw new SQLException("A synced row is not JSON: " + change, e);
        }
    }

    /**
     * The fields of a kind's rows that {@link #applyPage} reads for the typed columns, for the feed reader to keep
     * (and skip the rest); none for a kind kept only as its JSON.
     */
    public static RowFields.Wanted fieldsRead(String kind) {
        return CachedKinds.of(kind).map(CachedKinds.Kind::fieldsRead).orElse(RowFields.Wanted.NONE);
    }

    /** Marks a sync that found nothing new as a sync, for "last synced". */
    public void touchSynced(long providerId, Instant now) {
        applyPage(providerId, List.of(), cursor(providerId), now, ApplyFaults.NONE);
    }

    /** The JSON of every row of a kind, by id. */
    public List<String> rows(long providerId, String kind) {
        return CachedKinds.of(kind)
                .map(known -> sql.list("SELECT data FROM " + known.table() + " WHERE provider_id = ? ORDER BY id",
                        (row, ctx) -> row.getString(1), providerId))
                .orElseGet(() -> sql.list("SELECT data FROM synced_row WHERE provider_id = ? AND kind = ? ORDER BY id",
                        (row, ctx) -> row.getString(1), providerId, kind));
    }

    /** Every row of a provider, whatever its table, by kind then id: for comparing the cache with the server. */
    public List<StoredRow> allRows(long providerId) {
        List<StoredRow> all = new ArrayList<>();
        for (CachedKinds.Kind kind : CachedKinds.all()) {
            all.addAll(sql.list("SELECT id, version, data FROM " + kind.table() + " WHERE provider_id = ?",
                    (row, ctx) -> new StoredRow(kind.kind(), row.getLong(1), row.getLong(2), row.getString(3)),
                    providerId));
        }
        all.addAll(sql.list("SELECT kind, id, version, data FROM synced_row WHERE provider_id = ?",
                (row, ctx) -> new StoredRow(row.getString(1), row.getLong(2), row.getLong(3), row.getString(4)),
                providerId));
        all.sort(Comparator.comparing(StoredRow::kind).thenComparingLong(StoredRow::id));
        return all;
    }

    /** How many rows of each kind the cache holds for a provider (kinds with none left out). */
    public Map<String, Long> counts(long providerId) {
        Map<String, Long> counts = new TreeMap<>();
        for (CachedKinds.Kind kind : CachedKinds.all()) {
            long count = sql.number("SELECT COUNT(*) FROM " + kind.table() + " WHERE provider_id = ?", providerId);
            if (count > 0) {
                counts.put(kind.kind(), count);
            }
        }
        sql.list("SELECT kind, COUNT(*) FROM synced_row WHERE provider_id = ? GROUP BY kind",
                (row, ctx) -> Map.entry(row.getString(1), row.getLong(2)), providerId)
                .forEach(pair -> counts.put(pair.getKey(), pair.getValue()));
        return counts;
    }

    public void saveSnapshot(long providerId, String name, String json, Instant now) {
        sql.inTransaction(handle -> bound(handle.createUpdate(
                "MERGE INTO snapshot KEY (provider_id, name) VALUES (?, ?, ?, ?)"), providerId, name, json,
                Timestamp.from(now)).execute());
    }

    public Optional<String> snapshot(long providerId, String name) {
        return sql.first("SELECT data FROM snapshot WHERE provider_id = ? AND name = ?", (row, ctx) -> row.getString(1),
                providerId, name);
    }

    /** JDBC work on the connection of a transaction: the feed's batches, written against {@link Connection}. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one JDBI transaction ({@link CacheSql#inTransaction}), on the handle's connection:
     * whatever it throws (an {@link Error} too) rolls it back, a rollback that fails itself is added to the first
     * failure and never hides it, and nothing half-done is ever committed.
     */
    <T> T run(Work<T> work) {
        return sql.inTransaction(handle -> work.run(handle.getConnection()));
    }
}
