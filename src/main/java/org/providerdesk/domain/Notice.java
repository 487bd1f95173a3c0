package org.providerdesk.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A provider notice published by the council. A notice marked as downtime blocks login while it is in force
 * ("the system is blocked"), from its start up to (not including) its end.
 */
public record Notice(long id, String title, String body, Instant startsAt, Instant endsAt, boolean downtime) {

    public Notice {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(startsAt, "startsAt");
        if (endsAt != null && !endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("A notice must end after it starts");
        }
    }

    /** True from the start up to the end; a notice with no end stays in force until it is ended. */
    public boolean isInForceAt(Instant now) {
        return !now.isBefore(startsAt) && (endsAt == null || now.isBefore(endsAt));
    }

    /** True for a notice providers should still see: in force now or announced for the future. */
    public boolean isVisibleAt(Instant now) {
        return endsAt == null || now.isBefore(endsAt);
    }

    public boolean blocksLoginAt(Instant now) {
        return downtime && isInForceAt(now);
    }
}
