package org.providerdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Dates in the variation form, read and shown the UK way whatever the computer's language. */
class UkDatesTest {

    private final UkDates dates = new UkDates();

    @Test
    void daySlashMonthIsTheDayFirst() {
        assertEquals(LocalDate.of(2026, 12, 2), dates.fromString("2/12/2026"));
        assertEquals(LocalDate.of(2026, 12, 2), dates.fromString("02/12/26"));
        assertEquals(LocalDate.of(2026, 2, 12), dates.fromString("12/2/2026"));
    }

    @Test
    void readsWhatItShowsAndTheMonthInWords() {
        LocalDate date = LocalDate.of(2026, 11, 30);
        assertEquals("30 Nov 2026", dates.toString(date));
        assertEquals(date, dates.fromString(dates.toString(date)));
        assertEquals(date, dates.fromString(" 30 November 2026 "));
        assertEquals(date, dates.fromString("2026-11-30"));
    }

    @Test
    void anEmptyBoxIsNoDateAndNonsenseIsRefused() {
        assertNull(dates.fromString("  "));
        assertEquals("", dates.toString(null));
        assertThrows(DateTimeParseException.class, () -> dates.fromString("31/2/2026"));
        assertThrows(DateTimeParseException.class, () -> dates.fromString("next Tuesday"));
    }
}
