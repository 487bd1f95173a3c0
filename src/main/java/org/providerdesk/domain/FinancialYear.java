package org.providerdesk.domain;

import java.time.LocalDate;
import java.time.Month;

/**
 * A council financial year, 1 April to 31 March, named by the calendar year it starts in: 2026 is "2026/27".
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public FinancialYear {
        if (startYear < 1900 || startYear > 9998) {
            throw new IllegalArgumentException("Not a plausible financial year: " + startYear);
        }
    }

    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= Month.APRIL.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
    }

    /** For example "2026/27". */
    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
