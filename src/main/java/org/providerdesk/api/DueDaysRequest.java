package org.providerdesk.api;

/** A new number of working days for one action type. */
public record DueDaysRequest(Integer dueWorkingDays) {
}
