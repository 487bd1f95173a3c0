package org.providerdesk.api;

import java.time.Instant;

/**
 * The answer to a forgotten-password request, alike whether or not the address belongs to an account.
 *
 * @param resetId   sent back with the code
 * @param expiresAt the code, if one was sent, works until then
 * @param message   what to tell the user
 */
public record PasswordResetStarted(String resetId, Instant expiresAt, String message) {

    @Override
    public String toString() {
        return "PasswordResetStarted[resetId=<hidden>, expiresAt=" + expiresAt + "]";
    }
}
