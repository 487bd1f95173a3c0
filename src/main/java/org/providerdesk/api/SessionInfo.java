package org.providerdesk.api;

import java.time.Instant;

/**
 * A new session after a correct code. The token goes in {@code Authorization: Bearer ...}.
 *
 * @param idleTimeoutSeconds the session ends after this long without a request
 * @param expiresAt          the session ends at this time however busy it is
 */
public record SessionInfo(String token, UserInfo user, long idleTimeoutSeconds, Instant expiresAt) {

    @Override
    public String toString() {
        return "SessionInfo[token=<hidden>, user=" + user.id() + ", expiresAt=" + expiresAt + "]";
    }
}
