package org.providerdesk.server.sync;

import org.providerdesk.server.db.Jdbc;

/** Records deletions of synced rows, so that each provider's clients delete them too. */
public final class Tombstones {

    private final Jdbc jdbc;

    public Tombstones(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long providerId, String kind, long entityId, long changeNo) {
        jdbc.update("INSERT INTO tombstone (provider_id, kind, entity_id, change_no) VALUES (?, ?, ?, ?)",
                providerId, kind, entityId, changeNo);
    }
}
