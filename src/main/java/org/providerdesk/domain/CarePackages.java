package org.providerdesk.domain;

import java.time.LocalDate;

/** Rules of care package line items. */
public final class CarePackages {

    /** A package that ended more than this many days ago is historical and shown only when asked for. */
    public static final int HISTORICAL_AFTER_DAYS = 28;

    private CarePackages() {
    }

    public static boolean isHistorical(LocalDate endDate, LocalDate today) {
        return endDate != null && endDate.isBefore(today.minusDays(HISTORICAL_AFTER_DAYS));
    }

    /** Ongoing: started and not yet ended. */
    public static boolean isOngoing(LocalDate startDate, LocalDate endDate, LocalDate today) {
        return !startDate.isAfter(today) && (endDate == null || !endDate.isBefore(today));
    }
}
