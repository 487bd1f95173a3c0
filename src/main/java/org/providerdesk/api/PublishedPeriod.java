package org.providerdesk.api;

/** What publishing a period created: unconfirmed schedules and their lines, some suspended. */
public record PublishedPeriod(PeriodView period, int schedules, int lines, int suspendedLines) {
}
