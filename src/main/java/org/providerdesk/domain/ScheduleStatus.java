package org.providerdesk.domain;

import java.time.LocalDate;

/** A payment schedule is unconfirmed until the provider confirms or rejects it, with comments. */
public enum ScheduleStatus {
    UNCONFIRMED,
    CONFIRMED,
    REJECTED;

    /** A schedule may be decided (or have actuals entered) while unconfirmed, up to and on its deadline. */
    public static boolean mayBeDecided(ScheduleStatus status, LocalDate confirmationDeadline, LocalDate today) {
        return status == UNCONFIRMED && !today.isAfter(confirmationDeadline);
    }
}
