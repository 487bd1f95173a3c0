package org.providerdesk.server.auth;

import java.time.Instant;
import java.util.Optional;
import org.providerdesk.server.db.Jdbc;

/** Login attempts waiting for their e-mailed code. Each state change is one guarded UPDATE. */
public final class LoginAttempts {

    private final Jdbc jdbc;

    public LoginAttempts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A pending or finished attempt. */
    public record Attempt(String id, long userId, String codeHash, Instant expiresAt, int wrongCodes, String state) {

        boolean isPending() {
            return "PENDING".equals(state);
        }
    }

    public void create(String attemptId, long userId, String codeHash, Instant now, Instant expiresAt) {
        jdbc.update("INSERT INTO login_attempt (id, user_id, code_hash, created_at, expires_at, wrong_codes, state) "
                + "VALUES (?, ?, ?, ?, ?, 0, 'PENDING')", attemptId, userId, codeHash, now, expiresAt);
    }

    public Optional<Attempt> find(String attemptId) {
        return jdbc.first("SELECT id, user_id, code_hash, expires_at, wrong_codes, state FROM login_attempt "
                + "WHERE id = ?", row -> new Attempt(row.getString("id"), row.getLong("user_id"),
                        row.getString("code_hash"), Jdbc.instant(row, "expires_at"), row.getInt("wrong_codes"),
                        row.getString("state")), attemptId);
    }

    public long startedSince(long userId, Instant since) {
        return jdbc.count("SELECT COUNT(*) FROM login_attempt WHERE user_id = ? AND created_at > ?", userId, since);
    }

    /**
     * Takes one guess of the attempt's budget, before its code is compared: one guarded UPDATE, so at most
     * {@code allowed} codes are ever compared, however many guesses arrive at once.
     *
     * @return false when the budget is spent or the attempt is no longer pending
     */
    public boolean takeGuess(String attemptId, int allowed) {
        return jdbc.update("UPDATE login_attempt SET guesses = guesses + 1 WHERE id = ? AND state = 'PENDING' "
                + "AND guesses < ?", attemptId, allowed) == 1;
    }

    /** @return the number of wrong codes after this one, or -1 when the attempt was no longer pending */
    public int recordWrongCode(String attemptId, int allowed) {
        int changed = jdbc.update("UPDATE login_attempt SET wrong_codes = wrong_codes + 1, state = CASE WHEN "
                + "wrong_codes + 1 >= ? THEN 'FAILED' ELSE state END WHERE id = ? AND state = 'PENDING'",
                allowed, attemptId);
        if (changed == 0) {
            return -1;
        }
        return find(attemptId).map(Attempt::wrongCodes).orElse(allowed);
    }

    /** Marks the attempt used; only one caller can ever win this. */
    public boolean markUsed(String attemptId) {
        return jdbc.update("UPDATE login_attempt SET state = 'USED' WHERE id = ? AND state = 'PENDING'",
                attemptId) == 1;
    }

    public void markFailed(String attemptId) {
        jdbc.update("UPDATE login_attempt SET state = 'FAILED' WHERE id = ? AND state = 'PENDING'", attemptId);
    }
}
