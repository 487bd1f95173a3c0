package org.providerdesk.app;

import java.util.ArrayList;
import java.util.List;
import org.providerdesk.server.demo.DemoSize;

/**
 * The command line.
 *
 * @param serverMode run the server alone ({@code --server})
 * @param serverUrl  the portal the desktop app talks to; null starts the embedded demo server
 * @param version    print the version and stop ({@code --version})
 * @param selfTest   check the installed app end to end off-screen and stop ({@code --self-test})
 */
public record Options(boolean serverMode, String serverUrl, String host, int port, String db, String dbUser,
        String dbPassword, String smtp, boolean demoData, DemoSize demoSize, boolean help, String trustedProxy,
        boolean version, boolean selfTest) {

    public static final String USAGE = """
            Provider Desk

              provider-desk                        the desktop app with a demo portal on this computer
              provider-desk --server-url URL       the desktop app against a portal server
              provider-desk --server [options]     the portal server alone
              provider-desk --version              print the version
              provider-desk --self-test            check this installation off-screen (demo portal in a
                                                   temporary folder), exit 0 when it works
              provider-desk --export remittance|schedule|care-packages --email ADDRESS --provider ID
                    [--period N | --period YYYY-N | --run REF] --format pdf|xlsx|csv --out FILE
                                                   a report from the data saved on this computer; the
                                                   password is read from standard input, never an argument

            Server options:
              --port N              port to listen on (default 8080)
              --host ADDRESS        address to listen on (default 0.0.0.0)
              --db JDBC-URL         jdbc:h2:file:/path/portal or jdbc:postgresql://host/db
                                    (default jdbc:h2:file:./portal-data/portal)
              --db-user NAME        database user (default sa)
              --db-password-file F  read the database password from the first line of file F
                                    (otherwise from the environment variable PROVIDERDESK_DB_PASSWORD,
                                    else PGPASSWORD, else empty). It is never given on the command line,
                                    where every user of the computer could read it in the process list.
              --smtp HOST:PORT      mail server for authentication codes
              --trusted-proxy IP    the load balancer in front: its X-Forwarded-For names the caller
              --demo-data           fill an empty database with the demo council; without --smtp, codes
                                    go to the demo inbox
              --demo-size SIZE      standard (default) or large (the benchmarks' large provider)
            """;

    /** A command line that cannot be run; the message says what is wrong. */
    public static final class InvalidOptions extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidOptions(String message) {
            super(message);
        }
    }

    /** The environment variable the database password is read from. */
    public static final String DB_PASSWORD_VARIABLE = "PROVIDERDESK_DB_PASSWORD";

    public static Options parse(String... args) throws InvalidOptions {
        return parse(System.getenv(), args);
    }

    /** @param environment where {@value #DB_PASSWORD_VARIABLE} and PGPASSWORD are looked up */
    public static Options parse(java.util.Map<String, String> environment, String... args) throws InvalidOptions {
        Builder b = new Builder();
        b.dbPassword = environment.getOrDefault(DB_PASSWORD_VARIABLE, environment.getOrDefault("PGPASSWORD", ""));
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--server" -> b.serverMode = true;
                case "--demo-data" -> b.demoData = true;
                case "--help", "-h" -> b.help = true;
                case "--version" -> b.version = true;
                case "--self-test" -> b.selfTest = true;
                case "--server-url" -> b.serverUrl = value(option, rest);
                case "--host" -> b.host = value(option, rest);
                case "--port" -> b.port = port(value(option, rest));
                case "--db" -> b.db = value(option, rest);
                case "--db-user" -> b.dbUser = value(option, rest);
                case "--db-password" -> throw new InvalidOptions("--db-password would show the password in the "
                        + "process list. Set " + DB_PASSWORD_VARIABLE + " or use --db-password-file FILE instead.");
                case "--db-password-file" -> b.dbPassword = passwordFile(value(option, rest));
                case "--smtp" -> b.smtp = hostAndPort(value(option, rest));
                case "--trusted-proxy" -> b.trustedProxy = trustedProxy(value(option, rest));
                case "--demo-size" -> b.demoSize = demoSize(value(option, rest));
                default -> throw new InvalidOptions("Unknown option: " + option);
            }
        }
        return b.build();
    }

    private static String value(String option, List<String> rest) throws InvalidOptions {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new InvalidOptions(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static String passwordFile(String file) throws InvalidOptions {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(java.nio.file.Path.of(file),
                    java.nio.charset.StandardCharsets.UTF_8);
            return lines.isEmpty() ? "" : lines.get(0);
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            throw new InvalidOptions("--db-password-file: cannot read " + file);
        }
    }

    private static int port(String text) throws InvalidOptions {
        try {
            int port = Integer.parseInt(text);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new InvalidOptions("--port wants a number from 0 to 65535, not " + text);
        }
    }

    private static DemoSize demoSize(String text) throws InvalidOptions {
        return switch (text) {
            case "standard" -> DemoSize.STANDARD;
            case "large" -> DemoSize.LARGE;
            default -> throw new InvalidOptions("--demo-size is standard or large, not " + text);
        };
    }

    private static String hostAndPort(String text) throws InvalidOptions {
        int colon = text.lastIndexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new InvalidOptions("--smtp wants host:port, for example mail.example.org:25");
        }
        port(text.substring(colon + 1));
        return text;
    }

    private static String trustedProxy(String text) throws InvalidOptions {
        try {
            org.providerdesk.server.web.ClientAddress.parseProxy(text);
            return text;
        } catch (IllegalArgumentException e) {
            throw new InvalidOptions(e.getMessage());
        }
    }

    private static final class Builder {
        String trustedProxy;
        boolean serverMode;
        String serverUrl;
        String host = "0.0.0.0";
        int port = 8080;
        String db = "jdbc:h2:file:./portal-data/portal";
        String dbUser = "sa";
        String dbPassword = "";
        String smtp;
        boolean demoData;
        DemoSize demoSize = DemoSize.STANDARD;
        boolean help;
        boolean version;
        boolean selfTest;

        Options build() throws InvalidOptions {
            if (serverMode && serverUrl != null) {
                throw new InvalidOptions("--server runs the server; --server-url is for the desktop app. Use one.");
            }
            if (serverMode && smtp == null && !demoData) {
                throw new InvalidOptions("The server needs --smtp HOST:PORT to e-mail authentication codes "
                        + "(or --demo-data to keep them in the demo inbox)");
            }
            if (selfTest && (serverMode || serverUrl != null)) {
                throw new InvalidOptions("--self-test runs on its own demo portal; leave out --server and --server-url");
            }
            return new Options(serverMode, serverUrl, host, port, db, dbUser, dbPassword, smtp, demoData, demoSize,
                    help, trustedProxy, version, selfTest);
        }
    }
}
