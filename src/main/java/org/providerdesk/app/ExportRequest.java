package org.providerdesk.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.providerdesk.reports.ReportFormat;

/**
 * The command line of {@code --export}: {@code --export remittance|schedule|care-packages --email ADDRESS
 * --provider ID [--period N | --period YYYY-N | --run REF] --format pdf|xlsx|csv --out FILE}. The password is
 * never an argument: it is read from standard input.
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

    static boolean wanted(String... args) {
        return List.of(args).contains("--export");
    }

    static ExportRequest parse(String... args) throws Options.InvalidOptions {
        List<String> rest = new ArrayList<>(List.of(args));
        Kind kind = null;
        String email = null;
        Long provider = null;
        String period = null;
        String run = null;
        ReportFormat format = null;
        Path out = null;
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--export" -> kind = kind(value(option, rest));
                case "--email" -> email = value(option, rest);
                case "--provider" -> provider = number(option, value(option, rest));
                case "--period" -> period = value(option, rest);
                case "--run" -> run = value(option, rest);
                case "--format" -> format = format(value(option, rest));
                case "--out" -> out = Path.of(value(option, rest));
                case "--password" -> throw new Options.InvalidOptions(
                        "The password is never given on the command line: type it or pipe it on standard input");
                default -> throw new Options.InvalidOptions("Unknown option for --export: " + option);
            }
        }
        if (email == null || provider == null || format == null || out == null) {
            throw new Options.InvalidOptions("--export needs --email, --provider, --format and --out");
        }
        if (period != null && run != null) {
            throw new Options.InvalidOptions("Give --period or --run, not both");
        }
        if (run != null && kind != Kind.REMITTANCE) {
            throw new Options.InvalidOptions("--run is for the remittance export only");
        }
        if (kind == Kind.CARE_PACKAGES && period != null) {
            throw new Options.InvalidOptions("care-packages lists the line items as at today: it takes no --period");
        }
        Integer year = null;
        Integer number = null;
        if (period != null) {
            int dash = period.indexOf('-');
            if (dash > 0) {
                year = (int) number("--period", period.substring(0, dash));
                number = (int) number("--period", period.substring(dash + 1));
            } else {
                number = (int) number("--period", period);
            }
            if (number < 1 || number > 13) {
                throw new Options.InvalidOptions("--period is a period number from 1 to 13 (or YYYY-N), not "
                        + period);
            }
        }
        return new ExportRequest(kind, email, provider, number, year, run, format, out);
    }

    private static String value(String option, List<String> rest) throws Options.InvalidOptions {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new Options.InvalidOptions(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static long number(String option, String text) throws Options.InvalidOptions {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new Options.InvalidOptions(option + " wants a number, not " + text);
        }
    }

    private static Kind kind(String text) throws Options.InvalidOptions {
        return switch (text) {
            case "remittance" -> Kind.REMITTANCE;
            case "schedule" -> Kind.SCHEDULE;
            case "care-packages" -> Kind.CARE_PACKAGES;
            default -> throw new Options.InvalidOptions(
                    "--export is remittance, schedule or care-packages, not " + text);
        };
    }

    private static ReportFormat format(String text) throws Options.InvalidOptions {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "pdf" -> ReportFormat.PDF;
            case "xlsx" -> ReportFormat.XLSX;
            case "csv" -> ReportFormat.CSV;
            default -> throw new Options.InvalidOptions("--format is pdf, xlsx or csv, not " + text);
        };
    }
}
