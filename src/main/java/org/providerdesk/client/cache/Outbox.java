package org.providerdesk.client.cache;

import static org.providerdesk.client.cache.CacheSql.bound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * User commands waiting to reach the portal. A command is stored here before anything else happens, so nothing
 * the user did is lost; it is sent in order, each with its own idempotency key, so the portal applies it once
 * however often it is retried.
 */
public final class Outbox {

    /** Where a command is: waiting to send, refused by the portal (kept for the user), or delivered. */
    public enum State { PENDING, REFUSED, SENT }

    /**
     * A stored command: its kind and JSON body (see {@code client.commands}). {@code refusal} is the portal's
     * problem JSON when it refused; {@code sentAt} is null until delivered.
     */
    public record Item(long id, long providerId, String description, String kind, String body,
            String idempotencyKey, State state, int attempts, Instant nextAttemptAt, String lastError,
            String refusal, Instant createdAt, Instant sentAt) {
    }

    /** A command to store: what it does in words, its kind, and the command record as JSON. */
    public record Command(long providerId, String description, String kind, String body) {
    }

    private static final String COLUMNS = "id, provider_id, description, kind, body, idempotency_key, state, "
            + "attempts, next_attempt_at, last_error, refusal, created_at, sent_at";

    private final CacheSql sql;
    private final LocalCache cache;

    public Outbox(LocalCache cache) {
        this.cache = cache;
        this.sql = cache.sql();
    }

    public Item enqueue(Command command, Instant now) {
        long id = sql.inTransaction(handle -> bound(handle.createUpdate("INSERT INTO outbox (provider_id, "
                + "description, kind, body, idempotency_key, state, attempts, next_attempt_at, created_at) "
                + "VALUES (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)"), command.providerId(), command.description(),
                command.kind(), command.body(), UUID.randomUUID().toString(), Timestamp.from(now), Timestamp.from(now))
                .executeAndReturnGeneratedKeys("id").map((row, ctx) -> row.getLong(1)).one());
        listChanged();
        return find(id).orElseThrow();
    }

    public Optional<Item> find(long id) {
        return sql.first("SELECT " + COLUMNS + " FROM outbox WHERE id = ?", Outbox::item, id);
    }

    /** Everything not yet delivered, oldest first: what the user sees as "waiting to send" or "refused". */
    public List<Item> waiting() {
        return sql.list("SELECT " + COLUMNS + " FROM outbox WHERE state <> 'SENT' ORDER BY id", Outbox::item);
    }

    public int countWaiting() {
        return (int) sql.number("SELECT COUNT(*) FROM outbox WHERE state = 'PENDING'");
    }

    /**
     * The oldest pending command, if it is due. Order is kept: while the oldest waits for its retry, nothing
     * after it is sent. Refused commands wait for the user and do not hold the others up.
     */
    public Optional<Item> nextDue(Instant now) {
        return sql.first("SELECT " + COLUMNS + " FROM outbox WHERE state = 'PENDING' ORDER BY id LIMIT 1",
                Outbox::item).filter(item -> !item.nextAttemptAt().isAfter(now));
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
     * Sends a refused command again, as it is or after the user changed it. It is a new request (the portal
     * answers 422 to a known key with another body), so it gets a new key; it keeps its place in the order.
     */
    public void resend(long id, String newDescription, String newBody, Instant now) {
        update("UPDATE outbox SET state = 'PENDING', description = ?, body = ?, idempotency_key = ?, attempts = 0, "
                + "refusal = NULL, last_error = NULL, next_attempt_at = ? WHERE id = ? AND state = 'REFUSED'",
                newDescription, newBody, UUID.randomUUID().toString(), Timestamp.from(now), id);
    }

    /** Every command of a provider not yet delivered or delivered after {@code since}, oldest first. */
    public List<Item> notYetSynced(long providerId, Instant since) {
        if (since == null) {
            return sql.list("SELECT " + COLUMNS + " FROM outbox WHERE provider_id = ? ORDER BY id", Outbox::item,
                    providerId);
        }
        return sql.list("SELECT " + COLUMNS + " FROM outbox WHERE provider_id = ? AND (state <> 'SENT' "
                + "OR sent_at >= ?) ORDER BY id", Outbox::item, providerId, Timestamp.from(since));
    }

    /** How long a delivered command is kept at most, even when no sync has shown its effect yet. */
    public static final java.time.Duration SENT_KEPT = java.time.Duration.ofDays(7);

    /**
     * Removes delivered commands that are no longer needed: those of the provider sent by {@code pullStarted}
     * (a pull that began after they were sent brought their effect into the cache), and any sent longer than
     * {@link #SENT_KEPT} ago. Waiting and refused ones are never removed here.
     */
    public int removeDelivered(long providerId, Instant pullStarted, Instant now) {
        return sql.inTransaction(handle -> bound(handle.createUpdate("DELETE FROM outbox WHERE state = 'SENT' "
                + "AND ((provider_id = ? AND sent_at <= ?) OR sent_at < ?)"), providerId, Timestamp.from(pullStarted),
                Timestamp.from(now.minus(SENT_KEPT))).execute());
    }

    /** The user gave up on a command that was refused or has not been sent. */
    public void discard(long id) {
        update("DELETE FROM outbox WHERE id = ? AND state <> 'SENT'", id);
    }

    private void update(String statement, Object... params) {
        sql.inTransaction(handle -> bound(handle.createUpdate(statement), params).execute());
        listChanged();
    }

    /** Keeps the {@link WaitingList} beside the file in step with what waits. */
    private void listChanged() {
        WaitingList.write(cache.folder(), waiting());
    }

    private static Item item(ResultSet row, StatementContext ctx) throws SQLException {
        return new Item(row.getLong("id"), row.getLong("provider_id"), row.getString("description"),
                row.getString("kind"), row.getString("body"), row.getString("idempotency_key"),
                State.valueOf(row.getString("state")), row.getInt("attempts"), instant(row, "next_attempt_at"),
                row.getString("last_error"), row.getString("refusal"), instant(row, "created_at"),
                instant(row, "sent_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
