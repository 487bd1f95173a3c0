package org.providerdesk.client;

/**
 * One row of the sync feed as received: {@code dataJson} is the row exactly as the server wrote it, null for a
 * tombstone.
 */
public record ReceivedChange(String kind, long id, long version, boolean deleted, String dataJson) {

    @Override
    public String toString() {
        return "ReceivedChange[" + kind + ":" + id + " v" + version + (deleted ? " deleted" : "") + "]";
    }
}
