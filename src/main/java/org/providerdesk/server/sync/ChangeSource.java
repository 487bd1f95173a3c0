package org.providerdesk.server.sync;

import java.util.List;

/** One synced kind of row: its rows of a provider changed after a cursor, oldest change first. */
public interface ChangeSource {

    /** The kind's name in the feed, one of {@link org.providerdesk.api.SyncKinds}. */
    String kind();

    /**
     * @param after only rows whose change number is greater
     * @param limit at most this many, those with the smallest change numbers
     * @return rows ordered by change number
     */
    List<Row> changedAfter(long providerId, long after, int limit);

    /** A changed row: its id, its change number and the record the client stores. */
    record Row(long id, long changeNo, Object data) {
    }

    /** The query behind a source. */
    @FunctionalInterface
    interface Query {
        List<Row> changedAfter(long providerId, long after, int limit);
    }

    static ChangeSource of(String kind, Query query) {
        return new ChangeSource() {
            @Override
            public String kind() {
                return kind;
            }

            @Override
            public List<Row> changedAfter(long providerId, long after, int limit) {
                return query.changedAfter(providerId, after, limit);
            }
        };
    }
}
