package org.providerdesk.client.data;

import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ClientView;
import org.providerdesk.client.cache.LocalCache;

/** The people in care of the provider, by council reference; with a text filter on name or reference. */
public final class Clients {

    private final CacheRows rows;

    public Clients(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public List<ClientView> all(long providerId) {
        return rows.list(ClientView.class, "SELECT data FROM c_client WHERE provider_id = ? ORDER BY council_reference, id",
                providerId);
    }

    public List<ClientView> matching(long providerId, String text) {
        return rows.list(ClientView.class, "SELECT data FROM c_client WHERE provider_id = ? AND search_text LIKE ? "
                + "ESCAPE '\\' ORDER BY council_reference, id", providerId, CacheRows.contains(text));
    }

    public Optional<ClientView> find(long providerId, long clientId) {
        return rows.first(ClientView.class, "SELECT data FROM c_client WHERE provider_id = ? AND id = ?", providerId,
                clientId);
    }
}
