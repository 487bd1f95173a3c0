package org.providerdesk.api;

import java.math.BigDecimal;
import java.util.List;

/** Home care: the hours actually delivered in the period, per line item of the schedule. */
public record ActualsRequest(List<Line> lines) {

    /** Hours delivered for one line item in the whole period. */
    public record Line(Long lineItemId, BigDecimal hours) {
    }
}
