package org.providerdesk.app;

import java.util.Map;
import org.providerdesk.server.demo.DemoSize;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The command line, read by picocli from {@link Arguments}, with the rules on which options go together.
 *
 * @param serverMode run the server alone ({@code --server})
 * @param serverUrl  the portal the desktop app talks to; null starts the embedded demo server
 * @param version    print the version and stop ({@code --version})
 * @param selfTest   check the installed app end to end off-screen and stop ({@code --self-test})
 * @param export     write a report and stop ({@code --export}), or null
 */
public record Options(boolean serverMode, String serverUrl, String host, int port, String db, String dbUser,
        String dbPassword, String smtp, boolean demoData, DemoSize demoSize, boolean help, String trustedProxy,
        boolean version, boolean selfTest, ExportRequest export) {

    /** A command line that cannot be run; the message says what is wrong and names the option. */
    public static final class InvalidOptions extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidOptions(String message) {
            super(message);
        }
    }

    /** The environment variable the database password is read from. */
    public static final String DB_PASSWORD_VARIABLE = "PROVIDERDESK_DB_PASSWORD";

    /** The text of {@code --help}, generated from the options. */
    public static String usage() {
        return new Arguments().reader().getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    public static Options parse(String... args) throws InvalidOptions {
        return parse(System.getenv(), args);
    }

    /** @param environment where {@value #DB_PASSWORD_VARIABLE} and PGPASSWORD are looked up */
    public static Options parse(Map<String, String> environment, String... args) throws InvalidOptions {
        Arguments a = new Arguments();
        ParseResult result;
        try {
            result = a.reader().parseArgs(args);
        } catch (ParameterException e) {
            throw new InvalidOptions(withSuggestions(e));
        }
        boolean stopsAtOnce = result.isUsageHelpRequested() || result.isVersionHelpRequested();
        ExportRequest export = null;
        if (!stopsAtOnce) {
            check(result, a);
            export = a.export == null ? null : ExportRequest.of(a);
        }
        return of(a, environment, result.isUsageHelpRequested(), result.isVersionHelpRequested(), export);
    }

    /**
     * The options of an empty command line, without starting picocli: the app started from its icon has nothing to
     * parse, and building picocli's model of every option costs about 190 ms of its start-up.
     */
    public static Options withoutArguments(Map<String, String> environment) {
        return of(new Arguments(), environment, false, false, null);
    }

    private static Options of(Arguments a, Map<String, String> environment, boolean help, boolean version,
            ExportRequest export) {
        String password = a.dbPasswordFromFile != null ? a.dbPasswordFromFile
                : environment.getOrDefault(DB_PASSWORD_VARIABLE, environment.getOrDefault("PGPASSWORD", ""));
        return new Options(a.server, a.serverUrl, a.host, a.port, a.db, a.dbUser, password, a.smtp, a.demoData,
                a.demoSize, help, a.trustedProxy, version, a.selfTest, export);
    }

    /** Without the database password. */
    @Override
    public String toString() {
        return "Options[serverMode=" + serverMode + ", serverUrl=" + serverUrl + ", host=" + host + ", port=" + port
                + ", db=" + db + ", dbUser=" + dbUser + ", smtp=" + smtp + ", demoData=" + demoData + ", demoSize="
                + demoSize + ", trustedProxy=" + trustedProxy + ", selfTest=" + selfTest + ", export=" + export + "]";
    }

    private static String withSuggestions(ParameterException e) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            return e.getMessage() + ". Did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        return e.getMessage();
    }

    /** Each option belongs to one way of running the app; some ways need an option. */
    private static void check(ParseResult result, Arguments a) throws InvalidOptions {
        boolean exporting = a.export != null;
        for (OptionSpec option : result.matchedOptions()) {
            String name = option.longestName();
            boolean server = Arguments.SERVER_OPTIONS.contains(name);
            boolean export = Arguments.EXPORT_OPTIONS.contains(name);
            if (exporting && !export) {
                throw new InvalidOptions("--export writes a report and stops: leave out " + name);
            }
            if (export && !exporting) {
                throw new InvalidOptions(name + " is an option of --export");
            }
            if (server && !a.server) {
                throw new InvalidOptions(name + " is an option of --server, the server alone");
            }
        }
        if (a.server && a.serverUrl != null) {
            throw new InvalidOptions("--server runs the server; --server-url is for the desktop app. Use one.");
        }
        if (a.selfTest && (a.server || a.serverUrl != null)) {
            throw new InvalidOptions("--self-test runs on its own demo portal; leave out --server and --server-url");
        }
        if (a.server && a.smtp == null && !a.demoData) {
            throw new InvalidOptions("The server needs --smtp HOST:PORT to e-mail authentication codes "
                    + "(or --demo-data to keep them in the demo inbox)");
        }
    }
}
