package org.providerdesk.client.data;

import java.util.List;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.client.cache.LocalCache;

/** The lines of payment schedules, by schedule or by period, with the text filter (client name or reference). */
public final class ScheduleLines {

    private static final String SELECT = "SELECT l.data FROM c_schedule_line l ";
    private static final String OF_PERIOD = "JOIN c_schedule s ON s.provider_id = l.provider_id AND s.id = l.schedule_id "
            + "WHERE l.provider_id = ? AND s.period_id = ? ";

    private final CacheRows rows;

    public ScheduleLines(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public List<ScheduleLineView> ofSchedule(long providerId, long scheduleId) {
        return rows.list(ScheduleLineView.class, SELECT + "WHERE l.provider_id = ? AND l.schedule_id = ? ORDER BY l.id",
                providerId, scheduleId);
    }

    public List<ScheduleLineView> ofPeriod(long providerId, long periodId) {
        return rows.list(ScheduleLineView.class, SELECT + OF_PERIOD + "ORDER BY l.id", providerId, periodId);
    }

    /** The lines of one period whose client name or reference contains {@code text} (any case). */
    public List<ScheduleLineView> matching(long providerId, long periodId, String text) {
        return rows.list(ScheduleLineView.class, SELECT + OF_PERIOD + "AND l.search_text LIKE ? ESCAPE '\\' ORDER BY l.id",
                providerId, periodId, CacheRows.contains(text));
    }

    /** The lines of every period whose client name or reference contains {@code text} (any case). */
    public List<ScheduleLineView> matchingAnyPeriod(long providerId, String text) {
        return rows.list(ScheduleLineView.class, SELECT + "WHERE l.provider_id = ? AND l.search_text LIKE ? ESCAPE '\\' "
                + "ORDER BY l.id", providerId, CacheRows.contains(text));
    }
}
