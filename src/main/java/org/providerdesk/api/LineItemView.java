package org.providerdesk.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A care package line item (service order): the service a client receives from the provider.
 *
 * @param endDate             null while the package is ongoing
 * @param unit                what {@code units} counts, such as "hours per week" or "nights per week"
 * @param contractedPerPeriod what the council pays at most for this line in a 4-weekly period
 */
public record LineItemView(long id, long clientId, String clientReference, String clientName, String service,
        LocalDate startDate, LocalDate endDate, BigDecimal units, String unit, BigDecimal unitRate,
        String frequency, BigDecimal contractedPerPeriod) {

    @Override
    public String toString() {
        return "LineItemView[id=" + id + ", clientId=" + clientId + "]";
    }
}
