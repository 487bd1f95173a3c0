package org.providerdesk.app;

import java.util.ArrayList;
import java.util.List;
import org.providerdesk.server.demo.DemoSize;

/**
 * The command line.
 *
 * @param serverMode run the server alone ({@code --server})
 * @param serverUrl  the portal the desktop app talks to; null starts the embedded demo server
 */
public record Options(boolean serverMode, String serverUrl, String host, int port, String db, String dbUser,
        String dbPassword, String smtp, boolean demoData, DemoSize demoSize, boolean help) {

    public static final String USAGE = """
            Provider Desk

              provider-desk                        the desktop app with a demo portal on this computer
              provider-desk --server-url URL       the desktop app against a portal server
              provider-desk --server [options]     the portal server alone
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
              --db-password TEXT    database password (default empty; PGPASSWORD is used when set)
              --smtp HOST:PORT      mail server for authentication codes
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

    public static Options parse(String... args) throws InvalidOptions {
        Builder b = new Builder();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            switch (option) {
                case "--server" -> b.serverMode = true;
                case "--demo-data" -> b.demoData = true;
                case "--help", "-h" -> b.help = true;
                case "--server-url" -> b.serverUrl = value(option, rest);
                case "--host" -> b.host = value(option, rest);
                case "--port" -> b.port = port(value(option, rest));
                case "--db" -> b.db = value(option, rest);
                case "--db-user" -> b.dbUser = value(option, rest);
                case "--db-password" -> b.dbPassword = value(option, rest);
                case "--smtp" -> b.smtp = hostAndPort(value(option, rest));
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

    private static final class Builder {
        boolean serverMode;
        String serverUrl;
        String host = "0.0.0.0";
        int port = 8080;
        String db = "jdbc:h2:file:./portal-data/portal";
        String dbUser = "sa";
        String dbPassword = System.getenv().getOrDefault("PGPASSWORD", "");
        String smtp;
        boolean demoData;
        DemoSize demoSize = DemoSize.STANDARD;
        boolean help;

        Options build() throws InvalidOptions {
            if (serverMode && serverUrl != null) {
                throw new InvalidOptions("--server runs the server; --server-url is for the desktop app. Use one.");
            }
            if (serverMode && smtp == null && !demoData) {
                throw new InvalidOptions("The server needs --smtp HOST:PORT to e-mail authentication codes "
                        + "(or --demo-data to keep them in the demo inbox)");
            }
            return new Options(serverMode, serverUrl, host, port, db, dbUser, dbPassword, smtp, demoData, demoSize,
                    help);
        }
    }
}
