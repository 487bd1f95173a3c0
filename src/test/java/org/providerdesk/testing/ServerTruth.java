package org.providerdesk.testing;

import java.util.Map;
import java.util.TreeMap;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.ReceivedChange;
import org.providerdesk.client.cache.CacheStore;

/**
 * What the server holds for a provider, read from the whole feed in one go (last version wins, tombstones
 * remove), to compare a client's cache with, row for row.
 */
public final class ServerTruth {

    private ServerTruth() {
    }

    /** Key "kind:id", value "version data". */
    public static Map<String, String> of(PortalClient client, long providerId) {
        Map<String, String> rows = new TreeMap<>();
        long cursor = 0;
        PortalClient.PageEnd end;
        do {
            end = client.readChanges(providerId, cursor, 5000, change -> apply(rows, change));
            cursor = end.nextCursor();
        } while (end.hasMore());
        return rows;
    }

    public static Map<String, String> cached(CacheStore store, long providerId) {
        Map<String, String> rows = new TreeMap<>();
        for (CacheStore.StoredRow row : store.allRows(providerId)) {
            rows.put(row.kind() + ":" + row.id(), row.version() + " " + row.dataJson());
        }
        return rows;
    }

    private static void apply(Map<String, String> rows, ReceivedChange change) {
        String key = change.kind() + ":" + change.id();
        if (change.deleted()) {
            rows.remove(key);
        } else {
            rows.put(key, change.version() + " " + change.dataJson());
        }
    }
}
