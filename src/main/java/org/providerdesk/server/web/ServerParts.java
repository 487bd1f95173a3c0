package org.providerdesk.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.providerdesk.server.db.Jdbc;

/**
 * What every feature is built from: the database, the clock, the council's time zone, JSON, request bodies and
 * idempotent writes.
 */
public record ServerParts(Jdbc jdbc, Clock clock, ZoneId councilZone, ObjectMapper json, RequestBodies bodies,
        IdempotentWrites writes) {

    /** Today's date where the council is. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), councilZone);
    }
}
