package org.providerdesk.server.auth;

import java.time.Instant;
import java.util.Optional;
import org.providerdesk.server.db.Jdbc;

/** Sessions, found by the hash of their token. */
public final class SessionRepository {

    private final Jdbc jdbc;

    public SessionRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A live session and when it was last used. */
    public record LiveSession(String tokenHash, long userId, Instant lastSeenAt) {
    }

    public void create(String tokenHash, long userId, Instant now, Instant expiresAt) {
        jdbc.update("INSERT INTO user_session (token_hash, user_id, created_at, last_seen_at, expires_at) "
                + "VALUES (?, ?, ?, ?, ?)", tokenHash, userId, now, now, expiresAt);
    }

    /** The session if it is not revoked, not past its absolute end and not idle since {@code idleSince}. */
    public Optional<LiveSession> findLive(String tokenHash, Instant now, Instant idleSince) {
        return jdbc.first("SELECT s.token_hash, s.user_id, s.last_seen_at FROM user_session s "
                + "JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = ? AND s.revoked_at IS NULL "
                + "AND s.expires_at > ? AND s.last_seen_at > ? AND u.active = TRUE",
                row -> new LiveSession(row.getString(1), row.getLong(2), Jdbc.instant(row, "last_seen_at")),
                tokenHash, now, idleSince);
    }

    public void touch(String tokenHash, Instant now) {
        jdbc.update("UPDATE user_session SET last_seen_at = ? WHERE token_hash = ?", now, tokenHash);
    }

    public void revoke(String tokenHash, Instant now) {
        jdbc.update("UPDATE user_session SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL", now,
                tokenHash);
    }

    public void revokeAllOf(long userId, Instant now) {
        jdbc.update("UPDATE user_session SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL", now, userId);
    }

    /** Revokes every live session of the user but the one given (the caller's own). */
    public void revokeAllOfExcept(long userId, String keptTokenHash, Instant now) {
        jdbc.update("UPDATE user_session SET revoked_at = ? WHERE user_id = ? AND token_hash <> ? "
                + "AND revoked_at IS NULL", now, userId, keptTokenHash);
    }
}
