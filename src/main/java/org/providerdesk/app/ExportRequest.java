package org.providerdesk.app;

import java.nio.file.Path;
import org.providerdesk.reports.ReportFormat;

/**
 * The report {@code --export} asks for: {@code --export remittance|schedule|care-packages --email ADDRESS
 * --provider ID [--period N | --period YYYY-N | --run REF] --format pdf|xlsx|csv --out FILE} (the options are in
 * {@link Arguments#EXPORT_OPTIONS}). The password is never an argument: it is read from standard input.
 *
 * @param period       the period number, or null for the most recent
 * @param periodYear   the financial year of {@code period} (2026 is 2026/27), or null for the latest that has it
 * @param runReference the payment run, such as "PR-2026-08", or null
 */
record ExportRequest(Kind kind, String email, long providerId, Integer period, Integer periodYear,
        String runReference, ReportFormat format, Path out) {

    /** What to export. */
    enum Kind { REMITTANCE, SCHEDULE, CARE_PACKAGES }

    static final String USAGE = "provider-desk --export remittance|schedule|care-packages --email ADDRESS "
            + "--provider ID [--period N | --period YYYY-N | --run REF] --format pdf|xlsx|csv --out FILE "
            + "(the password is read from standard input)";

    /** A period: number 1 to 13, of the financial year {@code year} (2026 is 2026/27) or, when null, the latest. */
    record Period(Integer year, int number) {
    }

    /** The export that {@code args} asks for, read like every command line (by {@link Options#parse}). */
    static ExportRequest parse(String... args) throws Options.InvalidOptions {
        ExportRequest request = Options.parse(java.util.Map.of(), args).export();
        if (request == null) {
            throw new Options.InvalidOptions("--export KIND is missing");
        }
        return request;
    }

    /** Checks that the options of {@code --export} go together. */
    static ExportRequest of(Arguments given) throws Options.InvalidOptions {
        if (given.email == null || given.provider == null || given.format == null || given.out == null) {
            throw new Options.InvalidOptions("--export needs --email, --provider, --format and --out");
        }
        if (given.period != null && given.run != null) {
            throw new Options.InvalidOptions("Give --period or --run, not both");
        }
        if (given.run != null && given.export != Kind.REMITTANCE) {
            throw new Options.InvalidOptions("--run is for the remittance export only");
        }
        if (given.export == Kind.CARE_PACKAGES && given.period != null) {
            throw new Options.InvalidOptions("care-packages lists the line items as at today: it takes no --period");
        }
        return new ExportRequest(given.export, given.email, given.provider,
                given.period == null ? null : given.period.number(), given.period == null ? null : given.period.year(),
                given.run, given.format, given.out);
    }
}
