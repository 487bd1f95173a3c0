package org.providerdesk.server.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.providerdesk.server.db.Jdbc;

/**
 * Streams one provider's changes after a cursor from every source and the tombstones, merged in change-number
 * order: each source is read through its own cursor (in one transaction), and a row is built and handed on only
 * when it goes into the page, so a page is never held in memory.
 *
 * <p>Consistency: the feed first reads the counter (the horizon) and then only rows at or below it. Writers take
 * numbers under the counter's row lock and commit with it, so every row at or below the horizon has committed
 * before the horizon is read, and a later commit always gets a higher number: no page can skip a row.
 */
public final class ChangeFeed {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;

    private static final String TOMBSTONES = "SELECT kind, entity_id AS id, change_no FROM tombstone "
            + "WHERE provider_id = ? AND change_no > ? AND change_no <= ? ORDER BY provider_id, change_no LIMIT ?";

    private final Jdbc jdbc;
    private final List<ChangeSource> sources;

    public ChangeFeed(Jdbc jdbc, List<ChangeSource> sources) {
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
    }

    /** Where a page goes, entry by entry. */
    public interface PageWriter {
        /** Called once, after every query has started and before the first entry. */
        void begin() throws IOException;

        /** A changed row, or a tombstone ({@code data} null). */
        void entry(String kind, long id, long version, boolean deleted, Object data) throws IOException;

        /** Called once after the last entry. */
        void end(long nextCursor, boolean hasMore) throws IOException;
    }

    /**
     * Writes the page of at most {@code limit} changes after {@code after}. A failure of the database before
     * {@link PageWriter#begin()} throws with nothing written.
     */
    public void write(long providerId, long after, int limit, PageWriter writer) {
        jdbc.inTransaction(() -> {
            long horizon = new ChangeNumbers(jdbc).latest();
            List<Head> opened = new ArrayList<>();
            try {
                for (ChangeSource source : sources) {
                    opened.add(new Head(source.kind(), source.open(providerId, after, limit + 1)));
                }
                opened.add(new Head(null, new ChangeSource.Cursored(jdbc.cursor(TOMBSTONES,
                        row -> row.getString("kind"), providerId, after, horizon, limit + 1))));
                PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparingLong(Head::changeNo));
                for (Head head : opened) {
                    if (head.advance(horizon)) {
                        heads.add(head);
                    }
                }
                writer.begin();
                long next = after;
                int written = 0;
                while (written < limit && !heads.isEmpty()) {
                    Head head = heads.poll();
                    head.writeTo(writer);
                    next = head.changeNo();
                    written++;
                    if (head.advance(horizon)) {
                        heads.add(head);
                    }
                }
                writer.end(next, !heads.isEmpty());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                opened.forEach(head -> head.rows.close());
            }
            return null;
        });
    }

    /** The current row of one source; a null kind marks the tombstones, whose rows carry their own kind. */
    private static final class Head {
        private final String kind;
        private final ChangeSource.Changes rows;

        Head(String kind, ChangeSource.Changes rows) {
            this.kind = kind;
            this.rows = rows;
        }

        /** Moves to the next row at or below the horizon; false when there is none. */
        boolean advance(long horizon) {
            return rows.next() && rows.changeNo() <= horizon;
        }

        long changeNo() {
            return rows.changeNo();
        }

        void writeTo(PageWriter writer) throws IOException {
            if (kind == null) {
                writer.entry((String) rows.data(), rows.id(), rows.changeNo(), true, null);
            } else {
                writer.entry(kind, rows.id(), rows.changeNo(), false, rows.data());
            }
        }
    }
}
