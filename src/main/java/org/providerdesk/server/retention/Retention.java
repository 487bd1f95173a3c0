package org.providerdesk.server.retention;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.web.ApiException;

/**
 * Purges rows the server keeps only for a while. Each retention is what a client still working can live with:
 * <ul>
 * <li>idempotency records {@value #IDEMPOTENCY_DAYS} days: the desktop retries its outbox for far less;</li>
 * <li>sessions, login attempts and failures, password resets {@value #AUTH_DAYS} day after they ended or
 * expired: the throttles look back 15 minutes, sessions last 12 hours at most;</li>
 * <li>tombstones {@value #TOMBSTONE_DAYS} days. A desktop whose cursor is older than the oldest deletion kept
 * cannot learn what was deleted, so {@code GET /changes} answers it 410 {@link ProblemTypes#SYNC_FROM_START}
 * and it syncs again from cursor 0.</li>
 * </ul>
 */
public final class Retention {

    public static final int IDEMPOTENCY_DAYS = 7;
    public static final int AUTH_DAYS = 1;
    public static final int TOMBSTONE_DAYS = 30;

    private final Jdbc jdbc;
    private final Clock clock;

    public Retention(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What one purge removed. */
    public record Purged(int idempotencyRecords, int sessions, int loginAttempts, int loginFailures, int resets,
            int tombstones) {
    }

    /** Runs every purge once; safe to run on several servers at once (each delete is one statement). */
    public Purged purge() {
        Instant now = clock.instant();
        Instant authCutoff = now.minus(Duration.ofDays(AUTH_DAYS));
        int idempotency = jdbc.update("DELETE FROM idempotency_record WHERE created_at < ?",
                now.minus(Duration.ofDays(IDEMPOTENCY_DAYS)));
        int sessions = jdbc.update("DELETE FROM user_session WHERE expires_at < ? OR revoked_at < ?", authCutoff,
                authCutoff);
        int attempts = jdbc.update("DELETE FROM login_attempt WHERE expires_at < ?", authCutoff);
        int failures = jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", authCutoff);
        int resets = jdbc.update("DELETE FROM password_reset WHERE expires_at < ?", authCutoff);
        return new Purged(idempotency, sessions, attempts, failures, resets, purgeTombstones(now));
    }

    /**
     * Marks the latest change number now, then deletes the tombstones at or below the latest mark that is older
     * than the retention, and moves the horizon up to it, in one transaction.
     */
    private int purgeTombstones(Instant now) {
        return jdbc.inTransaction(() -> {
            long latest = jdbc.first("SELECT last_value FROM change_counter WHERE id = 1", row -> row.getLong(1))
                    .orElse(0L);
            jdbc.update("INSERT INTO change_mark (at, change_no) VALUES (?, ?)", now, latest);
            Instant cutoff = now.minus(Duration.ofDays(TOMBSTONE_DAYS));
            long through = jdbc.first("SELECT MAX(change_no) FROM change_mark WHERE at <= ?",
                    row -> row.getLong(1), cutoff).orElse(0L);
            if (through <= horizon()) {
                return 0;
            }
            int deleted = jdbc.update("DELETE FROM tombstone WHERE change_no <= ?", through);
            jdbc.update("UPDATE sync_retention SET purged_through = ? WHERE id = 1 AND purged_through < ?", through,
                    through);
            jdbc.update("DELETE FROM change_mark WHERE at < ?", cutoff);
            return deleted;
        });
    }

    /** Every deletion at or below this change number has been purged. */
    public long horizon() {
        return jdbc.first("SELECT purged_through FROM sync_retention WHERE id = 1", row -> row.getLong(1)).orElse(0L);
    }

    /**
     * For {@code GET /changes?after=}: cursor 0 (a full sync) is always fine; a cursor at or above the horizon
     * still sees every deletion after it.
     *
     * @throws ApiException 410 {@link ProblemTypes#SYNC_FROM_START} when deletions after the cursor were purged
     */
    public void requireCursorKept(long after) {
        if (after > 0 && after < horizon()) {
            throw new ApiException(410, ProblemTypes.SYNC_FROM_START, "Sync again from the start",
                    "This copy last synced too long ago for the portal to say what was deleted since. Sync again "
                            + "from the start (cursor 0).");
        }
    }
}
