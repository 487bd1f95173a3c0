package org.providerdesk.server.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.providerdesk.server.db.Jdbc;

/**
 * Forgotten-password requests waiting for their e-mailed code, shaped like {@link LoginAttempts}: codes stored
 * hashed, each state change one guarded UPDATE. A request for an address without an account is stored too (no
 * user, a code nobody received), so that both kinds do the same work and later fail alike.
 */
public final class PasswordResets {

    /** Requests are kept a day, for throttling and questions, then deleted. */
    private static final Duration KEEP = Duration.ofDays(1);

    private final Jdbc jdbc;

    public PasswordResets(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A request; {@code userId} is null when the address belonged to no active account. */
    public record Reset(String id, Long userId, String accountKey, String codeHash, Instant expiresAt, int wrongCodes,
            String state) {

        boolean isPending() {
            return "PENDING".equals(state);
        }

        @Override
        public String toString() {
            return "Reset[userId=" + userId + ", state=" + state + "]";
        }
    }

    /** A new request, as it is stored. */
    public record NewReset(String id, Long userId, String accountKey, String address, String codeHash,
            Instant createdAt, Instant expiresAt) {
    }

    public void create(NewReset reset) {
        jdbc.update("INSERT INTO password_reset (id, user_id, account_key, address, code_hash, created_at, "
                + "expires_at, wrong_codes, state) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 'PENDING')", reset.id(),
                reset.userId(), reset.accountKey(), reset.address(), reset.codeHash(), reset.createdAt(),
                reset.expiresAt());
        jdbc.update("DELETE FROM password_reset WHERE created_at < ?", reset.createdAt().minus(KEEP));
    }

    public Optional<Reset> find(String resetId) {
        return jdbc.first("SELECT id, user_id, account_key, code_hash, expires_at, wrong_codes, state "
                + "FROM password_reset WHERE id = ?", row -> {
                    long userId = row.getLong("user_id");
                    Long user = row.wasNull() ? null : userId;
                    return new Reset(row.getString("id"), user, row.getString("account_key"),
                            row.getString("code_hash"), Jdbc.instant(row, "expires_at"), row.getInt("wrong_codes"),
                            row.getString("state"));
                }, resetId);
    }

    /**
     * When {@code limit} requests matching {@code where} were made since {@code since}, the time of the one that
     * must age out before another is allowed; otherwise empty.
     */
    public Optional<Instant> blockingSince(String where, int limit, Instant since, Object... keys) {
        Object[] params = new Object[keys.length + 1];
        System.arraycopy(keys, 0, params, 0, keys.length);
        params[keys.length] = since;
        return jdbc.first("SELECT created_at FROM password_reset WHERE " + where + " AND created_at > ? "
                + "ORDER BY created_at DESC LIMIT 1 OFFSET " + (limit - 1),
                row -> Jdbc.instant(row, "created_at"), params);
    }

    /** Wrong codes typed for an e-mail address on requests made since {@code since}, over all of them. */
    public long wrongCodesSince(String accountKey, Instant since) {
        return jdbc.count("SELECT COALESCE(SUM(wrong_codes), 0) FROM password_reset WHERE account_key = ? "
                + "AND created_at > ?", accountKey, since);
    }

    /**
     * Takes one guess of the request's budget before its code is compared (one guarded UPDATE), so parallel
     * guesses never compare more than {@code allowed} codes.
     *
     * @return false when the budget is spent or the request is no longer pending
     */
    public boolean takeGuess(String resetId, int allowed) {
        return jdbc.update("UPDATE password_reset SET guesses = guesses + 1 WHERE id = ? AND state = 'PENDING' "
                + "AND guesses < ?", resetId, allowed) == 1;
    }

    /** @return the number of wrong codes after this one, or -1 when the request was no longer pending */
    public int recordWrongCode(String resetId, int allowed) {
        int changed = jdbc.update("UPDATE password_reset SET wrong_codes = wrong_codes + 1, state = CASE WHEN "
                + "wrong_codes + 1 >= ? THEN 'FAILED' ELSE state END WHERE id = ? AND state = 'PENDING'",
                allowed, resetId);
        if (changed == 0) {
            return -1;
        }
        return find(resetId).map(Reset::wrongCodes).orElse(allowed);
    }

    /** Marks the request used; only one caller can ever win this. */
    public boolean markUsed(String resetId) {
        return jdbc.update("UPDATE password_reset SET state = 'USED' WHERE id = ? AND state = 'PENDING'",
                resetId) == 1;
    }

    public void markFailed(String resetId) {
        jdbc.update("UPDATE password_reset SET state = 'FAILED' WHERE id = ? AND state = 'PENDING'", resetId);
    }

    /** Ends every pending request of the user: once the password has changed, older codes must not work. */
    public void endPendingOf(long userId) {
        jdbc.update("UPDATE password_reset SET state = 'FAILED' WHERE user_id = ? AND state = 'PENDING'", userId);
    }
}
