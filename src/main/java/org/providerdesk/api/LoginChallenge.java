package org.providerdesk.api;

import java.time.Instant;

/**
 * The answer to a correct e-mail and password: an authentication code was e-mailed.
 *
 * @param attemptId identifies this login attempt; the code is only valid together with it
 * @param sentTo    the address the code went to, partly hidden ("m•••@rosewood.example")
 * @param expiresAt when the code stops working
 */
public record LoginChallenge(String attemptId, String sentTo, Instant expiresAt) {
}
