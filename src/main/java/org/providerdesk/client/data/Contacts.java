package org.providerdesk.client.data;

import java.util.List;
import org.providerdesk.api.ContactView;
import org.providerdesk.client.cache.LocalCache;

/** The provider's contacts, by name. */
public final class Contacts {

    private final CacheRows rows;

    public Contacts(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public List<ContactView> all(long providerId) {
        return rows.list(ContactView.class, "SELECT data FROM c_contact WHERE provider_id = ? ORDER BY name, id",
                providerId);
    }
}
