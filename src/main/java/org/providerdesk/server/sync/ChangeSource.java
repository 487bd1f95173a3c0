package org.providerdesk.server.sync;

import java.util.Iterator;
import java.util.List;
import org.providerdesk.server.db.Jdbc;

/**
 * One synced kind of row: its rows of a provider changed after a cursor, oldest change first, read one at a time
 * while the feed writes them out.
 */
public interface ChangeSource {

    /** The kind's name in the feed, one of {@link org.providerdesk.api.SyncKinds}. */
    String kind();

    /**
     * Opens the rows changed after {@code after}, inside the feed's transaction.
     *
     * @param limit at most this many, those with the smallest change numbers
     */
    Changes open(long providerId, long after, int limit);

    /** Rows in change-number order; {@link #data()} builds the current row's record only when it is sent. */
    interface Changes extends AutoCloseable {
        /** @return whether there is a current row */
        boolean next();

        long id();

        long changeNo();

        Object data();

        @Override
        void close();
    }

    /** A changed row: its id, its change number and the record the client stores. */
    record Row(long id, long changeNo, Object data) {
    }

    /** A query that answers with a list: for kinds with few rows. */
    @FunctionalInterface
    interface Query {
        List<Row> changedAfter(long providerId, long after, int limit);
    }

    /**
     * A query read through a cursor, whose rows have {@code id} and {@code change_no} columns; the cursor's mapper
     * builds the record, and is called only for rows that go into the page.
     */
    @FunctionalInterface
    interface CursorQuery {
        Jdbc.RowCursor<?> open(long providerId, long after, int limit);
    }

    static ChangeSource of(String kind, Query query) {
        return new Named(kind) {
            @Override
            public Changes open(long providerId, long after, int limit) {
                return new Listed(query.changedAfter(providerId, after, limit).iterator());
            }
        };
    }

    static ChangeSource streamed(String kind, CursorQuery query) {
        return new Named(kind) {
            @Override
            public Changes open(long providerId, long after, int limit) {
                return new Cursored(query.open(providerId, after, limit));
            }
        };
    }

    /** The kind's name, for the two ways of reading. */
    abstract class Named implements ChangeSource {
        private final String kind;

        Named(String kind) {
            this.kind = kind;
        }

        @Override
        public String kind() {
            return kind;
        }
    }

    /** Rows read from a list. */
    final class Listed implements Changes {
        private final Iterator<Row> rows;
        private Row current;

        Listed(Iterator<Row> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            current = rows.hasNext() ? rows.next() : null;
            return current != null;
        }

        @Override
        public long id() {
            return current.id();
        }

        @Override
        public long changeNo() {
            return current.changeNo();
        }

        @Override
        public Object data() {
            return current.data();
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    /** Rows read from a database cursor. */
    final class Cursored implements Changes {
        private final Jdbc.RowCursor<?> rows;
        private long id;
        private long changeNo;

        Cursored(Jdbc.RowCursor<?> rows) {
            this.rows = rows;
        }

        @Override
        public boolean next() {
            if (!rows.next()) {
                return false;
            }
            id = rows.getLong("id");
            changeNo = rows.getLong("change_no");
            return true;
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public long changeNo() {
            return changeNo;
        }

        @Override
        public Object data() {
            return rows.map();
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
