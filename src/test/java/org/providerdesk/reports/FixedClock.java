package org.providerdesk.reports;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** The moment every test report is produced at: 1 December 2026, 09:30 in London. */
final class FixedClock {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:30:00Z"), ZoneId.of("Europe/London"));

    private FixedClock() {
    }
}
