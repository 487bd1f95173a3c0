package org.providerdesk.server.audit;

import java.time.Clock;
import org.providerdesk.server.db.Jdbc;

/** Appends audit events. Written in the same transaction as the change when one is open. */
public final class AuditLog {

    private final Jdbc jdbc;
    private final Clock clock;

    public AuditLog(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param actorUserId who did it; null for the system or an unknown caller
     * @param action      a short verb phrase, such as "login" or "logout"
     * @param target      what it was done to, by id, such as "user:12"
     * @param detail      anything else worth keeping, never personal data of people in care
     */
    public void record(Long actorUserId, String action, String target, String detail) {
        jdbc.update("INSERT INTO audit_event (at, actor_user_id, action, target, detail) VALUES (?, ?, ?, ?, ?)",
                clock.instant(), actorUserId, action, target, detail);
    }

    public long countFor(String action) {
        return jdbc.count("SELECT COUNT(*) FROM audit_event WHERE action = ?", action);
    }
}
