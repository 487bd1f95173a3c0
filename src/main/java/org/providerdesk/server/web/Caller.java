package org.providerdesk.server.web;

import java.util.Set;
import org.providerdesk.domain.Role;

/**
 * The signed-in user behind a request.
 *
 * @param sessionKey  identifies the session (the stored hash of its token), for logging out
 * @param providerIds the providers a provider user may view; empty for council users
 */
public record Caller(long userId, Role role, String sessionKey, Set<Long> providerIds) {

    public Caller {
        providerIds = Set.copyOf(providerIds);
    }

    public boolean mayView(long providerId) {
        return role == Role.PROVIDER && providerIds.contains(providerId);
    }
}
