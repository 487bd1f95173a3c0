package org.providerdesk.client;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One row of the sync feed as received: {@code dataJson} is the row as the server wrote it and {@code data} the
 * same row already parsed (so the cache takes its typed columns without parsing it again); both null for a
 * tombstone. {@code data} may also be null when only the text is known: the cache parses it then.
 */
public record ReceivedChange(String kind, long id, long version, boolean deleted, String dataJson, JsonNode data) {

    public ReceivedChange(String kind, long id, long version, boolean deleted, String dataJson) {
        this(kind, id, version, deleted, dataJson, null);
    }

    @Override
    public String toString() {
        return "ReceivedChange[" + kind + ":" + id + " v" + version + (deleted ? " deleted" : "") + "]";
    }
}
