package org.providerdesk.client.data;

import java.util.List;
import java.util.Optional;
import org.providerdesk.api.PeriodView;
import org.providerdesk.client.cache.LocalCache;

/** Payment periods by financial year (2026 is 2026/27). */
public final class Periods {

    private final CacheRows rows;

    public Periods(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    /** The financial years that have periods, newest first. */
    public List<Integer> years(long providerId) {
        return rows.integers("SELECT DISTINCT financial_year FROM c_period WHERE provider_id = ? "
                + "ORDER BY financial_year DESC", providerId);
    }

    public List<PeriodView> ofYear(long providerId, int financialYear) {
        return rows.list(PeriodView.class, "SELECT data FROM c_period WHERE provider_id = ? AND financial_year = ? "
                + "ORDER BY number", providerId, financialYear);
    }

    public Optional<PeriodView> find(long providerId, long periodId) {
        return rows.first(PeriodView.class, "SELECT data FROM c_period WHERE provider_id = ? AND id = ?", providerId,
                periodId);
    }
}
