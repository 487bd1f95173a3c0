package org.providerdesk.app;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.client.cache.WrongCachePasswordException;
import org.providerdesk.client.data.LineItems;
import org.providerdesk.client.data.Listed;
import org.providerdesk.client.data.Periods;
import org.providerdesk.client.data.Remittances;
import org.providerdesk.client.data.ScheduleLines;
import org.providerdesk.client.data.Schedules;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.reports.ProviderReport;
import org.providerdesk.reports.ReportHeader;
import org.providerdesk.reports.Reports;
import org.providerdesk.ui.export.ReportRecords;

/**
 * {@code --export}: writes a report from the user's saved data (the cache, so no portal is needed) and exits.
 * The password comes from standard input (the console without echo when there is one). Bad input gets one line
 * on standard error and a non-zero exit: 2 for the command line, 1 for the data.
 */
final class ExportMode {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    /** Something about the data or the files, said in one line. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private ExportMode() {
    }

    /**
     * @param stdin where the password is read from when there is no console
     * @return the exit code
     */
    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err, SavedData saved,
            Clock clock) {
        ExportRequest request;
        try {
            request = ExportRequest.parse(args);
        } catch (Options.InvalidOptions e) {
            err.println(e.getMessage());
            err.println("Usage: " + ExportRequest.USAGE);
            return USAGE;
        }
        return run(request, stdin, out, err, saved, clock);
    }

    /** The export of a command line already read ({@link Options#export()}). */
    static int run(ExportRequest request, InputStream stdin, PrintStream out, PrintStream err, SavedData saved,
            Clock clock) {
        try {
            if (!saved.existsFor(request.email())) {
                throw new Refused("There is no saved data for " + request.email()
                        + " on this computer: log in with Provider Desk first");
            }
            Path folder = request.out().toAbsolutePath().getParent();
            if (folder == null || !Files.isDirectory(folder)) {
                throw new Refused("The folder for --out does not exist: " + folder);
            }
            char[] password = readPassword(stdin);
            ProviderReport report;
            try (LocalCache cache = open(saved, request.email(), password)) {
                report = build(request, DeskSession.offline(cache, clock), cache, clock);
            } finally {
                Arrays.fill(password, '\0');
            }
            Path written = new Reports(clock).writeFile(report, request.format(), request.out(), null);
            out.println("Wrote " + written + " (" + report.lineCount() + " lines)");
            return OK;
        } catch (Refused e) {
            err.println(e.getMessage());
            return FAILED;
        } catch (IOException | RuntimeException e) {
            err.println("The export failed: " + e.getClass().getSimpleName()
                    + (e instanceof IOException && e.getMessage() != null ? ": " + e.getMessage() : ""));
            return FAILED;
        }
    }

    private static LocalCache open(SavedData saved, String email, char[] password) throws Refused {
        try {
            return saved.open(email, password);
        } catch (WrongCachePasswordException e) {
            throw new Refused("That password does not open the saved data of " + email);
        }
    }

    private static char[] readPassword(InputStream stdin) throws IOException, Refused {
        Console console = System.console();
        char[] typed;
        if (console != null && stdin == System.in) {
            typed = console.readPassword("Password for the saved data: ");
        } else {
            String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
            typed = line == null ? null : line.toCharArray();
        }
        if (typed == null || typed.length == 0) {
            throw new Refused("No password on standard input");
        }
        return typed;
    }

    private static ProviderReport build(ExportRequest request, DeskSession session, LocalCache cache, Clock clock)
            throws Refused {
        long id = request.providerId();
        ProviderSummary provider = session.savedProviders().stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow(() -> new Refused("Provider " + id + " is not in the saved data; it holds "
                        + session.savedProviders().stream().map(p -> p.id() + " (" + p.name() + ")")
                                .collect(Collectors.joining(", "))));
        ReportHeader header = ReportRecords.header(session.savedHome(id).map(HomePage::councilName).orElse(null),
                provider);
        return switch (request.kind()) {
            case REMITTANCE -> remittance(request, header, new Remittances(cache));
            case SCHEDULE -> schedule(request, header, cache);
            case CARE_PACKAGES -> ReportRecords.carePackages(header, LocalDate.now(clock),
                    new LineItems(cache).list(id, false, LocalDate.now(clock)).items());
        };
    }

    private static ProviderReport remittance(ExportRequest request, ReportHeader header, Remittances remittances)
            throws Refused {
        long id = request.providerId();
        List<PaymentRunView> runs = remittances.runs(id);
        List<PeriodView> periods = remittances.periodsWithLines(id);
        Map<Long, PeriodView> periodsById = ReportRecords.byId(periods);
        Map<Long, PaymentRunView> runsById = runs.stream()
                .collect(Collectors.toMap(PaymentRunView::id, Function.identity(), (a, b) -> a));
        if (request.period() != null) {
            PeriodView period = pick(periods, request).orElseThrow(() -> new Refused(
                    "No remittance advice for period " + request.period() + " in the saved data"));
            return ReportRecords.remittanceOfPeriod(header, period, remittances.linesOfPeriod(id, period.id()),
                    periodsById, runsById);
        }
        PaymentRunView run = request.runReference() == null
                ? runs.stream().findFirst().orElseThrow(() -> new Refused("There is no payment run in the saved data"))
                : runs.stream().filter(r -> r.reference().equalsIgnoreCase(request.runReference())).findFirst()
                        .orElseThrow(() -> new Refused("No payment run " + request.runReference()
                                + " in the saved data"));
        return ReportRecords.remittanceOfRun(header, run, remittances.linesOfRun(id, run.id()), periodsById,
                runsById);
    }

    private static ProviderReport schedule(ExportRequest request, ReportHeader header, LocalCache cache)
            throws Refused {
        long id = request.providerId();
        Periods periods = new Periods(cache);
        List<PeriodView> all = new ArrayList<>();
        for (int year : periods.years(id)) {
            all.addAll(periods.ofYear(id, year));
        }
        all.sort(Comparator.comparing(PeriodView::startDate).reversed());
        Schedules schedules = new Schedules(cache);
        Optional<ScheduleSummary> schedule;
        if (request.period() != null) {
            PeriodView period = pick(all, request).orElseThrow(() -> new Refused(
                    "No period " + request.period() + " in the saved data"));
            schedule = schedules.forPeriod(id, period.id()).map(Listed::row);
        } else {
            schedule = all.stream().map(p -> schedules.forPeriod(id, p.id())).flatMap(Optional::stream)
                    .map(Listed::row).findFirst();
        }
        ScheduleSummary found = schedule.orElseThrow(() -> new Refused("No payment schedule "
                + (request.period() == null ? "" : "for period " + request.period() + " ") + "in the saved data"));
        return ReportRecords.schedule(header, found, new ScheduleLines(cache).ofPeriod(id, found.period().id()));
    }

    /** The period asked for, newest first when no year is given. {@code periods} are newest first. */
    private static Optional<PeriodView> pick(List<PeriodView> periods, ExportRequest request) {
        return periods.stream().filter(p -> p.number() == request.period())
                .filter(p -> request.periodYear() == null || p.financialYear() == request.periodYear())
                .findFirst();
    }
}
