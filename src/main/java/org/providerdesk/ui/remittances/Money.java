package org.providerdesk.ui.remittances;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Pounds and days as the page writes them: "£1,234.50", "-£80.00", "30 November 2026". */
final class Money {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("d MMMM", Locale.UK);

    private Money() {
    }

    static String pounds(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount);
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    /** "26 October to 22 November 2026". */
    static String span(LocalDate start, LocalDate end) {
        return (start.getYear() == end.getYear() ? DAY_MONTH.format(start) : DAY.format(start)) + " to "
                + DAY.format(end);
    }
}
