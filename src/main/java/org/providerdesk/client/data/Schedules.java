package org.providerdesk.client.data;

import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.cache.LocalCache;

/** The provider's payment schedules (without lines: see {@link ScheduleLines}). */
public final class Schedules {

    private final CacheRows rows;

    public Schedules(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    /** The schedules of one financial year, by period number. */
    public List<ScheduleSummary> ofYear(long providerId, int financialYear) {
        return rows.list(ScheduleSummary.class, "SELECT s.data FROM c_schedule s LEFT JOIN c_period p "
                + "ON p.provider_id = s.provider_id AND p.id = s.period_id WHERE s.provider_id = ? "
                + "AND s.financial_year = ? ORDER BY p.number, s.id", providerId, financialYear);
    }

    public Optional<ScheduleSummary> forPeriod(long providerId, long periodId) {
        return rows.first(ScheduleSummary.class, "SELECT data FROM c_schedule WHERE provider_id = ? AND period_id = ?",
                providerId, periodId);
    }

    public Optional<ScheduleSummary> find(long providerId, long scheduleId) {
        return rows.first(ScheduleSummary.class, "SELECT data FROM c_schedule WHERE provider_id = ? AND id = ?",
                providerId, scheduleId);
    }
}
