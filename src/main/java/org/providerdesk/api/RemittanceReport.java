package org.providerdesk.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.providerdesk.domain.RemittanceStatus;

/**
 * Remittance advice of one payment run (by finalisation) or of one period (by period: the date of service).
 *
 * @param run    the chosen run; null in the period view
 * @param period the chosen period (in the finalisation view: the run's period); null when there is nothing yet
 * @param totals the sum of the lines' amounts per status; every status is present
 */
public record RemittanceReport(View view, PaymentRunView run, PeriodView period, List<RemittanceLineView> lines,
        Map<RemittanceStatus, BigDecimal> totals) {

    /** By finalisation (when paid) or by period (when the service was provided). */
    public enum View {
        BY_FINALISATION,
        BY_PERIOD
    }

    public RemittanceReport {
        lines = List.copyOf(lines);
        totals = Map.copyOf(totals);
    }
}
