package org.providerdesk.client.data;

import java.util.List;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
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

    /** True once a payment run has paid the period (its schedule can no longer change). */
    public boolean paid(long providerId, long periodId) {
        return rows.number("SELECT COUNT(*) FROM c_payment_run WHERE provider_id = ? AND period_id = ?", providerId,
                periodId) > 0;
    }

    public List<RemittanceLineView> linesOfRun(long providerId, long runId) {
        return rows.list(RemittanceLineView.class, "SELECT data FROM c_remittance_line WHERE provider_id = ? "
                + "AND run_id = ? ORDER BY id", providerId, runId);
    }

    /** The periods that have remittance lines (service paid, retracted or suspended), newest first. */
    public List<PeriodView> periodsWithLines(long providerId) {
        return rows.list(PeriodView.class, "SELECT data FROM c_period WHERE provider_id = ? AND id IN "
                + "(SELECT DISTINCT period_id FROM c_remittance_line WHERE provider_id = ?) "
                + "ORDER BY start_date DESC, id DESC", providerId, providerId);
    }

    /** The lines for service in one period, whichever runs paid them. */
    public List<RemittanceLineView> linesOfPeriod(long providerId, long periodId) {
        return rows.list(RemittanceLineView.class, "SELECT data FROM c_remittance_line WHERE provider_id = ? "
                + "AND period_id = ? ORDER BY run_id, id", providerId, periodId);
    }
}
