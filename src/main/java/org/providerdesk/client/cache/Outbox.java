package org.providerdesk.client.cache;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * User commands waiting to reach the portal. A command is stored here before anything else happens, so nothing
 * the user did is lost; it is sent in order, each with its own idempotency key, so the portal applies it once
 * however often it is retried.
 */
public final class Outbox {

    /** Where a command is: waiting to send, refused by the portal (kept for the user), or delivered. */
    public enum State { PENDING, REFUSED, SENT }

    /** A stored command. {@code refusal} is the portal's problem JSON when it refused. */
    public record Item(long id, long providerId, String description, String method, String path, String body,
            String ifMatch, String idempotencyKey, State state, int attempts, Instant nextAttemptAt,
            String lastError, String refusal, Instant createdAt) {
    }

    /** A command to store: what it does in words, and the request that does it. */
    public record Command(long providerId, String description, String method, String path, String body,
            String ifMatch) {
    }

    private static final String COLUMNS = "id, provider_id, description, http_method, path, body, if_match, "
            + "idempotency_key, state, attempts, next_attempt_at, last_error, refusal, created_at";

    private final CacheStore store;

    public Outbox(LocalCache cache) {
        this.store = new CacheStore(cache);
    }

    public Item enqueue(Command command, Instant now) {
        long id = store.run(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO outbox (provider_id, description, "
                    + "http_method, path, body, if_match, idempotency_key, state, attempts, next_attempt_at, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, command.providerId());
                insert.setString(2, command.description());
                insert.setString(3, command.method());
                insert.setString(4, command.path());
                insert.setString(5, command.body());
                insert.setString(6, command.ifMatch());
                insert.setString(7, UUID.randomUUID().toString());
                insert.setTimestamp(8, Timestamp.from(now));
                insert.setTimestamp(9, Timestamp.from(now));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    public Optional<Item> find(long id) {
        return store.query("SELECT " + COLUMNS + " FROM outbox WHERE id = ?", Outbox::item, id).stream().findFirst();
    }

    /** Everything not yet delivered, oldest first: what the user sees as "waiting to send" or "refused". */
    public List<Item> waiting() {
        return store.query("SELECT " + COLUMNS + " FROM outbox WHERE state <> 'SENT' ORDER BY id", Outbox::item);
    }

    public int countWaiting() {
        return store.query("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'", row -> row.getInt(1)).get(0);
    }

    /**
     * The oldest pending command, if it is due. Order is kept: while the oldest waits for its retry, nothing
     * after it is sent. Refused commands wait for the user and do not hold the others up.
     */
    public Optional<Item> nextDue(Instant now) {
        return store.query("SELECT " + COLUMNS + " FROM outbox WHERE state = 'PENDING' ORDER BY id LIMIT 1",
                Outbox::item).stream().findFirst().filter(item -> !item.nextAttemptAt().isAfter(now));
    }

    public void markSent(long id, Instant now) {
        update("UPDATE outbox SET state = 'SENT', sent_at = ?, last_error = NULL WHERE id = ?", Timestamp.from(now), id);
    }

    public void markRefused(long id, String problemJson) {
        update("UPDATE outbox SET state = 'REFUSED', refusal = ? WHERE id = ?", problemJson, id);
    }

    public void markForRetry(long id, String error, Instant nextAttemptAt) {
        update("UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?", error,
                Timestamp.from(nextAttemptAt), id);
    }

    /**
     * Sends a refused command again after the user changed it. It is a new request, so it gets a new key; it
     * keeps its place in the order.
     */
    public void resend(long id, String newBody, String newIfMatch, Instant now) {
        update("UPDATE outbox SET state = 'PENDING', body = ?, if_match = ?, idempotency_key = ?, attempts = 0, "
                + "refusal = NULL, last_error = NULL, next_attempt_at = ? WHERE id = ? AND state = 'REFUSED'", newBody,
                newIfMatch, UUID.randomUUID().toString(), Timestamp.from(now), id);
    }

    /** The user gave up on a command that was refused or has not been sent. */
    public void discard(long id) {
        update("DELETE FROM outbox WHERE id = ? AND state <> 'SENT'", id);
    }

    private void update(String sql, Object... params) {
        store.run(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    statement.setObject(i + 1, params[i]);
                }
                return statement.executeUpdate();
            }
        });
    }

    private static Item item(ResultSet row) throws SQLException {
        return new Item(row.getLong("id"), row.getLong("provider_id"), row.getString("description"),
                row.getString("http_method"), row.getString("path"), row.getString("body"), row.getString("if_match"),
                row.getString("idempotency_key"), State.valueOf(row.getString("state")), row.getInt("attempts"),
                instant(row, "next_attempt_at"), row.getString("last_error"), row.getString("refusal"),
                instant(row, "created_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
