package org.providerdesk.client;

import java.time.Instant;

/**
 * Whether the portal answered the last call, and when it last answered at all.
 *
 * @param lastContactAt null until the portal has answered once
 */
public record ConnectionState(boolean reachable, Instant lastContactAt) {

    public static final ConnectionState UNKNOWN = new ConnectionState(false, null);
}
