package org.providerdesk.client.data;

import java.util.List;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.client.cache.LocalCache;

/** The lines of payment schedules, by schedule or by period, with the text filter (client name or reference). */
public final class ScheduleLines {

    private static final String SELECT = "SELECT l.data FROM c_schedule_line l ";

    private final LocalCache cache;
    private final CacheRows rows;

    public ScheduleLines(LocalCache cache) {
        this.cache = cache;
        this.rows = new CacheRows(cache);
    }

    public List<ScheduleLineView> ofSchedule(long providerId, long scheduleId) {
        return rows.list(ScheduleLineView.class, SELECT + "WHERE l.provider_id = ? AND l.schedule_id = ? ORDER BY l.id",
                providerId, scheduleId);
    }

    /**
     * Every line of the period's schedules, in line order. The schedule ids are looked up first: with an
     * "IN (subquery)" H2 re-checked the subquery for every line, a third of the time of opening a large period.
     */
    public List<ScheduleLineView> ofPeriod(long providerId, long periodId) {
        List<Long> schedules = rows.longs("SELECT id FROM c_schedule WHERE provider_id = ? AND period_id = ? ORDER BY id",
                providerId, periodId);
        if (schedules.size() == 1) {
            return ofSchedule(providerId, schedules.get(0));
        }
        List<ScheduleLineView> found = new java.util.ArrayList<>();
        schedules.forEach(schedule -> found.addAll(ofSchedule(providerId, schedule)));
        found.sort(java.util.Comparator.comparingLong(ScheduleLineView::id));
        return found;
    }

    /** The lines of one period whose client name or reference contains {@code text} (any case). */
    public List<ScheduleLineView> matching(long providerId, long periodId, String text) {
        List<Long> schedules = rows.longs("SELECT id FROM c_schedule WHERE provider_id = ? AND period_id = ?",
                providerId, periodId);
        return byIds(providerId, search(providerId).find(text, schedules));
    }

    /** The lines of every period whose client name or reference contains {@code text} (any case). */
    public List<ScheduleLineView> matchingAnyPeriod(long providerId, String text) {
        return byIds(providerId, search(providerId).find(text, null));
    }

    private List<ScheduleLineView> byIds(long providerId, Long[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        // Joined on the primary key (id), with the provider checked as well.
        return rows.list(ScheduleLineView.class, "SELECT l.data FROM UNNEST(CAST(? AS BIGINT ARRAY)) AS u(id) "
                + "JOIN c_schedule_line l ON l.provider_id = ? AND l.id = u.id ORDER BY l.id", ids, providerId);
    }

    /** The search text of every line, kept in memory until the next sync changes the lines. */
    private TextIndex search(long providerId) {
        return cache.remembered("scheduleLineSearch:" + providerId, () -> TextIndex.load(rows,
                "SELECT id, schedule_id, search_text FROM c_schedule_line WHERE provider_id = ?", providerId));
    }
}
