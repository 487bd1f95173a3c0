package org.providerdesk.server.sync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.providerdesk.server.db.Jdbc;

/**
 * Reads one provider's changes after a cursor from every source and the tombstones, merged in change-number
 * order.
 *
 * <p>Consistency: the feed first reads the counter (the horizon) and then only rows at or below it. Writers take
 * numbers under the counter's row lock and commit with it, so every row at or below the horizon has committed
 * before the horizon is read, and a later commit always gets a higher number: no page can skip a row.
 */
public final class ChangeFeed {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;

    private final Jdbc jdbc;
    private final List<ChangeSource> sources;

    public ChangeFeed(Jdbc jdbc, List<ChangeSource> sources) {
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
    }

    /** One entry of a page: a changed row, or a tombstone ({@code data} null). */
    public record Entry(String kind, long id, long version, boolean deleted, Object data) {
    }

    /** A page: its entries, the cursor to ask from next, and whether more are waiting. */
    public record Page(List<Entry> entries, long nextCursor, boolean hasMore) {
    }

    public Page read(long providerId, long after, int limit) {
        long horizon = new ChangeNumbers(jdbc).latest();
        List<Entry> merged = new ArrayList<>();
        for (ChangeSource source : sources) {
            for (ChangeSource.Row row : source.changedAfter(providerId, after, limit + 1)) {
                if (row.changeNo() <= horizon) {
                    merged.add(new Entry(source.kind(), row.id(), row.changeNo(), false, row.data()));
                }
            }
        }
        merged.addAll(tombstones(providerId, after, horizon, limit + 1));
        merged.sort(Comparator.comparingLong(Entry::version));
        boolean hasMore = merged.size() > limit;
        List<Entry> page = hasMore ? merged.subList(0, limit) : merged;
        long next = page.isEmpty() ? after : page.get(page.size() - 1).version();
        return new Page(List.copyOf(page), next, hasMore);
    }

    private List<Entry> tombstones(long providerId, long after, long horizon, int limit) {
        return jdbc.list("SELECT kind, entity_id, change_no FROM tombstone WHERE provider_id = ? AND change_no > ? "
                + "AND change_no <= ? ORDER BY provider_id, change_no LIMIT ?",
                row -> new Entry(row.getString("kind"), row.getLong("entity_id"), row.getLong("change_no"), true,
                        null), providerId, after, horizon, limit);
    }
}
