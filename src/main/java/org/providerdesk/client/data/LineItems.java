package org.providerdesk.client.data;

import java.time.LocalDate;
import java.util.List;
import org.providerdesk.api.LineItemView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.domain.CarePackages;

/**
 * Care package line items, newest start first. Historical ones (ended more than
 * {@value CarePackages#HISTORICAL_AFTER_DAYS} days ago) only when asked for; otherwise how many were hidden.
 */
public final class LineItems {

    /** The line items shown, and how many historical ones are not. */
    public record Listing(List<LineItemView> items, long hiddenHistorical) {
    }

    private static final String CURRENT = "(end_date IS NULL OR end_date >= ?)";

    private final CacheRows rows;

    public LineItems(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public Listing list(long providerId, boolean includeHistorical, LocalDate today) {
        LocalDate cutoff = today.minusDays(CarePackages.HISTORICAL_AFTER_DAYS);
        if (includeHistorical) {
            return new Listing(rows.list(LineItemView.class, "SELECT data FROM c_line_item WHERE provider_id = ? "
                    + "ORDER BY start_date DESC, id DESC", providerId), 0);
        }
        List<LineItemView> current = rows.list(LineItemView.class, "SELECT data FROM c_line_item WHERE provider_id = ? "
                + "AND " + CURRENT + " ORDER BY start_date DESC, id DESC", providerId, cutoff);
        long hidden = rows.number("SELECT COUNT(*) FROM c_line_item WHERE provider_id = ? AND NOT " + CURRENT,
                providerId, cutoff);
        return new Listing(current, hidden);
    }

    public List<LineItemView> ofClient(long providerId, long clientId) {
        return rows.list(LineItemView.class, "SELECT data FROM c_line_item WHERE provider_id = ? AND client_id = ? "
                + "ORDER BY start_date DESC, id DESC", providerId, clientId);
    }
}
