package org.providerdesk.server.web;

import java.util.Optional;

/** Turns a bearer token into the caller it belongs to, if the session is still valid. */
@FunctionalInterface
public interface Authenticator {
    Optional<Caller> authenticate(String bearerToken);
}
