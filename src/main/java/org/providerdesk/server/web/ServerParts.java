package org.providerdesk.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.db.Jdbc;

/**
 * What every feature is built from: the database, the clock, the council's time zone, JSON, request bodies,
 * idempotent writes and the audit trail (every write records who did what).
 */
public record ServerParts(Jdbc jdbc, Clock clock, ZoneId councilZone, ObjectMapper json, RequestBodies bodies,
        IdempotentWrites writes, AuditLog audit) {

    /** Today's date where the council is. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), councilZone);
    }
}
