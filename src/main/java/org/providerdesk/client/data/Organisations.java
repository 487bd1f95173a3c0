package org.providerdesk.client.data;

import java.util.Optional;
import org.providerdesk.api.OrganisationView;
import org.providerdesk.client.cache.LocalCache;

/** The provider's organisation details as the council holds them. */
public final class Organisations {

    private final CacheRows rows;

    public Organisations(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public Optional<OrganisationView> of(long providerId) {
        return rows.first(OrganisationView.class, "SELECT data FROM c_organisation WHERE provider_id = ? ORDER BY id",
                providerId);
    }
}
