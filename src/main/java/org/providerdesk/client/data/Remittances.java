package org.providerdesk.client.data;

import java.util.List;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.client.cache.LocalCache;

/** Payment runs that paid the provider, newest first, and their remittance lines by run or by period. */
public final class Remittances {

    private final CacheRows rows;

    public Remittances(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public List<PaymentRunView> runs(long providerId) {
        return rows.list(PaymentRunView.class, "SELECT data FROM c_payment_run WHERE provider_id = ? "
                + "ORDER BY finalised_on DESC, id DESC", providerId);
    }

    public List<RemittanceLineView> linesOfRun(long providerId, long runId) {
        return rows.list(RemittanceLineView.class, "SELECT data FROM c_remittance_line WHERE provider_id = ? "
                + "AND run_id = ? ORDER BY id", providerId, runId);
    }

    /** The lines for service in one period, whichever runs paid them. */
    public List<RemittanceLineView> linesOfPeriod(long providerId, long periodId) {
        return rows.list(RemittanceLineView.class, "SELECT data FROM c_remittance_line WHERE provider_id = ? "
                + "AND period_id = ? ORDER BY run_id, id", providerId, periodId);
    }
}
