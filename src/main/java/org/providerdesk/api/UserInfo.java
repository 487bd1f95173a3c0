package org.providerdesk.api;

import java.util.List;
import org.providerdesk.domain.Role;

/** The signed-in user and the providers they may view, one at a time. */
public record UserInfo(long id, String name, String email, Role role, List<ProviderSummary> providers) {

    public UserInfo {
        providers = List.copyOf(providers);
    }
}
