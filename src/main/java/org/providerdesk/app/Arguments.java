package org.providerdesk.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.providerdesk.reports.ReportFormat;
import org.providerdesk.server.demo.DemoSize;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line as picocli reads it: every option, its value's form and the words of {@code --help}.
 * {@link Options#parse} turns it into {@link Options} and checks the options that go together.
 */
@Command(name = "provider-desk", sortOptions = false, usageHelpWidth = 100,
        synopsisHeading = "Usage:%n",
        customSynopsis = {
            "  provider-desk                       the desktop app, with a demo portal on this computer",
            "  provider-desk --server-url URL      the desktop app against a portal server",
            "  provider-desk --server [OPTIONS]    the portal server alone (see Server options)",
            "  provider-desk --export KIND ...     a report from the data saved on this computer",
            "  provider-desk --self-test           check this installation; exit code 0 when it works",
            "  provider-desk --version             print the version",
        },
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:the export or the self-test failed (the message says why)",
            "2:the command line cannot be run (the message names the option)",
        })
final class Arguments {

    static final String DB_PASSWORD_REFUSED = "--db-password would show the password in the process list. Set "
            + Options.DB_PASSWORD_VARIABLE + " or use --db-password-file FILE instead.";
    static final String PASSWORD_REFUSED =
            "The password is never given on the command line: type it or pipe it on standard input";

    /** The options of {@code --server}, in the order of the help's "Server options". */
    static final List<String> SERVER_OPTIONS = List.of("--server", "--host", "--port", "--db", "--db-user",
            "--db-password-file", "--smtp", "--trusted-proxy", "--demo-data", "--demo-size");
    /** The options of {@code --export}, in the order of the help's "Export options". */
    static final List<String> EXPORT_OPTIONS = List.of("--export", "--email", "--provider", "--period", "--run",
            "--format", "--out");

    @Spec
    CommandSpec spec;

    @Option(names = "--server-url", paramLabel = "URL", converter = Values.PortalUrl.class,
            description = "The portal server to work with, such as https://portal.example.org. Without it, "
                    + "the desktop app starts a demo portal on this computer.")
    String serverUrl;

    @Option(names = "--self-test", description = "Check this installation off-screen and stop: a demo portal "
            + "in a temporary folder, log in, sync, draw every page, export a PDF and an Excel report. "
            + "Exit code 0 when it works.")
    boolean selfTest;

    @Option(names = "--version", versionHelp = true, description = "Print the version and stop.")
    boolean version;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Print this help and stop.")
    boolean help;

    /** Refused with the reason, whether or not a value follows; the value is never repeated. */
    @Option(names = "--db-password", arity = "0..1", hidden = true)
    void refuseDatabasePassword(String ignored) {
        throw new ParameterException(spec.commandLine(), DB_PASSWORD_REFUSED);
    }

    /** The export's password; refused like {@code --db-password}. */
    @Option(names = "--password", arity = "0..1", hidden = true)
    void refusePassword(String ignored) {
        throw new ParameterException(spec.commandLine(), PASSWORD_REFUSED);
    }

    /**
     * A reader of the command line: a later value of an option replaces an earlier one (as before picocli), an
     * argument "@name" is a value like any other (never a file of arguments to read), and the help lists the
     * options in three sections: the general ones, {@link #SERVER_OPTIONS} and {@link #EXPORT_OPTIONS}.
     */
    CommandLine reader() {
        CommandLine line = new CommandLine(this).setOverwrittenOptionsAllowed(true).setExpandAtFiles(false);
        line.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, Arguments::optionSections);
        return line;
    }

    private static String optionSections(Help help) {
        List<OptionSpec> shown = help.commandSpec().options().stream().filter(o -> !o.hidden()).toList();
        Predicate<OptionSpec> server = o -> SERVER_OPTIONS.contains(o.longestName());
        Predicate<OptionSpec> export = o -> EXPORT_OPTIONS.contains(o.longestName());
        return help.optionListExcludingGroups(shown.stream().filter(server.or(export).negate()).toList())
                + String.format("%nServer options:%n")
                + help.optionListExcludingGroups(shown.stream().filter(server).toList())
                + String.format("%nExport options (the password is read from standard input, never from the "
                        + "command line):%n")
                + help.optionListExcludingGroups(shown.stream().filter(export).toList());
    }

    // Server options, the ones of --server (SERVER_OPTIONS)

    @Option(names = "--server", description = "Run the portal server alone, until the process is stopped. "
            + "It needs --smtp, or --demo-data to keep the codes in the demo inbox.")
    boolean server;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "0.0.0.0",
            description = "The address to listen on (default ${DEFAULT-VALUE}: every network of this computer).")
    String host = "0.0.0.0";

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = Values.Port.class,
            description = "The port to listen on (default ${DEFAULT-VALUE}; 0 takes a free one).")
    int port = 8080;

    @Option(names = "--db", paramLabel = "JDBC-URL", defaultValue = "jdbc:h2:file:./portal-data/portal",
            description = "The database: jdbc:h2:file:/path/portal or jdbc:postgresql://host/db "
                    + "(default ${DEFAULT-VALUE}).")
    String db = "jdbc:h2:file:./portal-data/portal";

    @Option(names = "--db-user", paramLabel = "NAME", defaultValue = "sa",
            description = "The database user (default ${DEFAULT-VALUE}).")
    String dbUser = "sa";

    @Option(names = "--db-password-file", paramLabel = "FILE", converter = Values.FirstLine.class,
            description = "Read the database password from the first line of FILE. Otherwise it comes from "
                    + "the environment variable " + Options.DB_PASSWORD_VARIABLE + ", else PGPASSWORD, else "
                    + "it is empty. It is never given on the command line, where every user of the computer "
                    + "could read it in the process list.")
    String dbPasswordFromFile;

    @Option(names = "--smtp", paramLabel = "HOST:PORT", converter = Values.HostAndPort.class,
            description = "The mail server (such as mail.example.org:25) that sends the authentication codes.")
    String smtp;

    @Option(names = "--trusted-proxy", paramLabel = "IP", converter = Values.IpAddress.class,
            description = "The load balancer in front of the server: only from this address is "
                    + "X-Forwarded-For taken as the caller's address.")
    String trustedProxy;

    @Option(names = "--demo-data", description = "Fill an empty database with the demo council. Without "
            + "--smtp, the codes go to the demo inbox.")
    boolean demoData;

    @Option(names = "--demo-size", paramLabel = "SIZE", defaultValue = "standard", converter = Values.Size.class,
            description = "How much demo data: standard (the default) or large (the benchmarks' large "
                    + "provider).")
    DemoSize demoSize = DemoSize.STANDARD;

    // Export options, the ones of --export (EXPORT_OPTIONS)

    @Option(names = "--export", paramLabel = "KIND", converter = Values.ExportKind.class,
            description = "Write a report from the data saved on this computer and stop: remittance, "
                    + "schedule or care-packages. Needs --email, --provider, --format and --out.")
    ExportRequest.Kind export;

    @Option(names = "--email", paramLabel = "ADDRESS",
            description = "Whose saved data: the e-mail address you log in with.")
    String email;

    @Option(names = "--provider", paramLabel = "ID", converter = Values.Number.class,
            description = "The provider's number.")
    Long provider;

    @Option(names = "--period", paramLabel = "N|YYYY-N", converter = Values.PeriodNumber.class,
            description = "The period (1 to 13); 2026-9 is period 9 of 2026/27. Without it, the most "
                    + "recent. Not for care-packages, which lists the line items as at today.")
    ExportRequest.Period period;

    @Option(names = "--run", paramLabel = "REF",
            description = "The payment run of a remittance, such as PR-2026-08, instead of --period.")
    String run;

    @Option(names = "--format", paramLabel = "FORMAT", converter = Values.Format.class,
            description = "pdf, xlsx or csv.")
    ReportFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write, in a folder that exists.")
    Path out;
}
