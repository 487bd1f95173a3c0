package org.providerdesk.api;

import java.time.Instant;

/** A provider notice; {@code downtime} ones block login while in force. {@code endsAt} may be null. */
public record NoticeView(long id, String title, String body, Instant startsAt, Instant endsAt, boolean downtime,
        boolean inForce) {
}
