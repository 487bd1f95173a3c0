package org.providerdesk.client;

/**
 * One row of the sync feed as received: {@code dataJson} is the row exactly as the server wrote it and
 * {@code fields} its scalar fields, picked up while it was read (so the cache takes its typed columns without
 * parsing it again); both null for a tombstone. {@code fields} may also be null when only the text is known: the
 * cache reads them from the text then.
 */
public record ReceivedChange(String kind, long id, long version, boolean deleted, String dataJson,
        RowFields fields) {

    public ReceivedChange(String kind, long id, long version, boolean deleted, String dataJson) {
        this(kind, id, version, deleted, dataJson, null);
    }

    @Override
    public String toString() {
        return "ReceivedChange[" + kind + ":" + id + " v" + version + (deleted ? " deleted" : "") + "]";
    }
}
