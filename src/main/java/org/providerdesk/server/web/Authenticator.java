package org.providerdesk.server.web;

import java.util.Optional;

/** Turns a bearer token into the caller it belongs to, if the session is still valid. */
@FunctionalInterface
public interface Authenticator {

    /**
     * @param userActivity false for the desktop's background sync: it must not keep an unattended session from
     *                     reaching its idle time-out
     */
    Optional<Caller> authenticate(String bearerToken, boolean userActivity);
}
