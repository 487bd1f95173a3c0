package org.providerdesk.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates typed and shown as people in the UK write them, whatever the computer's language: "2 Dec 2026", and
 * "2/12/2026" is the 2nd of December (a date picker left to the default would read it as 12 February).
 */
public final class UkDates extends StringConverter<LocalDate> {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.UK);
    /** Strict: 31/2/2026 is refused, not taken for 28 February. */
    private static final List<DateTimeFormatter> READ = java.util.stream.Stream.of("d MMM uuuu", "d/M/uuuu",
            "d/M/uu", "d-M-uuuu", "d.M.uuuu", "d MMMM uuuu", "uuuu-M-d")
            .map(pattern -> DateTimeFormatter.ofPattern(pattern, Locale.UK).withResolverStyle(ResolverStyle.STRICT))
            .toList();

    /** Shows and reads the picker's date the UK way; a hint in the box says how to type one. */
    public static DatePicker apply(DatePicker picker) {
        picker.setConverter(new UkDates());
        picker.setPromptText("for example 2/12/2026");
        return picker;
    }

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : SHOWN.format(date);
    }

    /** @return the date, or null for an empty box; a date it cannot read is an error the picker keeps out */
    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        for (DateTimeFormatter format : READ) {
            try {
                return LocalDate.parse(trimmed, format);
            } catch (DateTimeParseException tryNext) {
                // the next way of writing a date
            }
        }
        throw new DateTimeParseException("Not a date: " + trimmed, trimmed, 0);
    }
}
