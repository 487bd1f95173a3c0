package org.providerdesk.api;

/** A financial year that has payment periods, for the year drop-down. */
public record FinancialYearView(int year, String label, boolean current) {
}
