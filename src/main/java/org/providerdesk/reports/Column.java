package org.providerdesk.reports;

import java.util.function.Function;

/**
 * A column of a spreadsheet view: its title, what kind of value it holds (so the cell gets the right type and
 * format) and whether the totals row sums it.
 */
record Column<T>(String title, Kind kind, Function<T, Object> value, boolean totalled) {

    /** Text, a date, money (GBP) or a number of units. */
    enum Kind {
        TEXT,
        DATE,
        MONEY,
        UNITS
    }

    static <T> Column<T> text(String title, Function<T, Object> value) {
        return new Column<>(title, Kind.TEXT, value, false);
    }

    static <T> Column<T> date(String title, Function<T, Object> value) {
        return new Column<>(title, Kind.DATE, value, false);
    }

    static <T> Column<T> money(String title, Function<T, Object> value, boolean totalled) {
        return new Column<>(title, Kind.MONEY, value, totalled);
    }

    static <T> Column<T> units(String title, Function<T, Object> value) {
        return new Column<>(title, Kind.UNITS, value, false);
    }
}
