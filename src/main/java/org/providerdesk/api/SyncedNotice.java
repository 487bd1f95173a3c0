package org.providerdesk.api;

import java.time.Instant;

/**
 * A provider notice as the sync feed carries it: every provider receives every notice. Whether it is in force
 * is worked out from the times when shown, since that changes without the notice changing. {@code endsAt} may
 * be null (until the council ends it).
 */
public record SyncedNotice(long id, String title, String body, Instant startsAt, Instant endsAt,
        boolean downtime) {
}
