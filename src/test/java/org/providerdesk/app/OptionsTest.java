package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.reports.ReportFormat;
import org.providerdesk.server.demo.DemoSize;

class OptionsTest {

    @Test
    void noArgumentsMeansTheDesktopAppWithTheEmbeddedDemoPortal() throws Exception {
        Options options = Options.parse();

        assertFalse(options.serverMode());
        assertNull(options.serverUrl());
        assertNull(options.export());
    }

    @Test
    void anEmptyCommandLineReadWithoutPicocliGivesTheSameOptions() throws Exception {
        Map<String, String> environment = Map.of(Options.DB_PASSWORD_VARIABLE, "from the environment");

        assertEquals(Options.parse(environment), Options.withoutArguments(environment));
    }

    @Test
    void readsTheServerOptions() throws Exception {
        Options options = Options.parse("--server", "--port", "9090", "--db", "jdbc:postgresql://db/portal",
                "--db-user", "portal", "--smtp", "mail.example.org:2525", "--trusted-proxy", "10.0.0.5",
                "--host", "127.0.0.1", "--demo-data", "--demo-size", "large");

        assertTrue(options.serverMode());
        assertEquals(9090, options.port());
        assertEquals("127.0.0.1", options.host());
        assertEquals("jdbc:postgresql://db/portal", options.db());
        assertEquals("portal", options.dbUser());
        assertEquals("mail.example.org:2525", options.smtp());
        assertEquals("10.0.0.5", options.trustedProxy());
        assertTrue(options.demoData());
        assertEquals(DemoSize.LARGE, options.demoSize());
    }

    @Test
    void theServerDefaultsAreTheOnesTheHelpStates() throws Exception {
        Options options = Options.parse("--server", "--demo-data");

        assertEquals("0.0.0.0", options.host());
        assertEquals(8080, options.port());
        assertEquals("jdbc:h2:file:./portal-data/portal", options.db());
        assertEquals("sa", options.dbUser());
        assertEquals(DemoSize.STANDARD, options.demoSize());
        assertNull(options.smtp());
        assertNull(options.trustedProxy());
        String help = Options.usage();
        assertTrue(help.contains("(default 8080;") && help.contains("(default 0.0.0.0:")
                && help.contains("(default jdbc:h2:file:./portal-data/portal)") && help.contains("(default sa)"), help);
    }

    @Test
    void valuesMayAlsoFollowAnEqualsSignAndALaterValueReplacesAnEarlierOne() throws Exception {
        assertEquals(9091, Options.parse("--server", "--demo-data", "--port=9090", "--port", "9091").port());
    }

    @Test
    void anAtSignIsPartOfTheValueNotAFileOfArguments() throws Exception {
        assertEquals("@portal", Options.parse("--server", "--demo-data", "--db-user", "@portal").dbUser());
    }

    @Test
    void aServerWithoutMailOrDemoDataIsRefusedWithTheReason() {
        Options.InvalidOptions refused = assertThrows(Options.InvalidOptions.class, () -> Options.parse("--server"));

        assertTrue(refused.getMessage().contains("--smtp"));
    }

    @Test
    void namesTheOptionWhenThePortIsNotANumber() {
        assertEquals("Invalid value for option '--port': 'abc' is not a port number from 0 to 65535",
                refusal("--server", "--demo-data", "--port", "abc"));
        assertEquals("Invalid value for option '--port': '70000' is not a port number from 0 to 65535",
                refusal("--server", "--demo-data", "--port", "70000"));
    }

    @Test
    void namesTheOptionWhenTheDemoSizeIsUnknown() {
        assertEquals("Invalid value for option '--demo-size': 'huge' is not standard or large",
                refusal("--server", "--demo-data", "--demo-size", "huge"));
    }

    @Test
    void namesTheOptionWhoseValueIsMissing() {
        assertEquals("Missing required parameter for option '--server-url' (URL)", refusal("--server-url"));
        assertTrue(refusal("--server", "--demo-data", "--db", "--port", "1").contains("'--db'"));
    }

    @Test
    void namesAnUnknownOptionAndTheNearestOneThatExists() {
        assertEquals("Unknown option: '--frobnicate'", refusal("--frobnicate"));
        String misspelt = refusal("--server", "--demo-data", "--db-usr", "portal");
        assertTrue(misspelt.startsWith("Unknown options: '--db-usr'") && misspelt.contains("Did you mean ")
                && misspelt.contains("--db-user"),
                misspelt);
    }

    @Test
    void namesTheOptionWhenAnAddressHasTheWrongForm() {
        assertTrue(refusal("--server", "--demo-data", "--smtp", "nohost").startsWith("Invalid value for option "
                + "'--smtp': 'nohost' is not HOST:PORT"));
        assertTrue(refusal("--server", "--demo-data", "--smtp", "mail.example.org:x").contains("'--smtp'"));
        assertTrue(refusal("--server", "--demo-data", "--trusted-proxy", "proxy.example.org")
                .startsWith("Invalid value for option '--trusted-proxy': 'proxy.example.org' is not an IP address"));
        assertTrue(refusal("--server-url", "portal.example.org")
                .startsWith("Invalid value for option '--server-url': 'portal.example.org' is not a web address"));
    }

    @Test
    void eachOptionBelongsToOneWayOfRunningTheApp() {
        assertEquals("--port is an option of --server, the server alone", refusal("--port", "9090"));
        assertEquals("--email is an option of --export", refusal("--email", "a@example.org"));
        assertEquals("--export writes a report and stops: leave out --server", refusal("--export", "remittance",
                "--email", "a@example.org", "--provider", "1", "--format", "pdf", "--out", "ra.pdf", "--server"));
        assertEquals("--server runs the server; --server-url is for the desktop app. Use one.",
                refusal("--server", "--demo-data", "--server-url", "https://portal.example.org"));
    }

    @Test
    void helpAndVersionStopBeforeTheOptionsAreCheckedTogether() throws Exception {
        assertTrue(Options.parse("--server", "--help").help());
        assertTrue(Options.parse("-h").help());
        assertTrue(Options.parse("--port", "9090", "--version").version());
    }

    @Test
    void helpListsEveryOption() {
        String help = Options.usage();

        for (String option : List.of("--server-url", "--self-test", "--version", "--help", "--server", "--host",
                "--port", "--db", "--db-user", "--db-password-file", "--smtp", "--trusted-proxy", "--demo-data",
                "--demo-size", "--export", "--email", "--provider", "--period", "--run", "--format", "--out")) {
            assertTrue(java.util.regex.Pattern.compile("(?m)^ +(-h, )?" + option + "[ =]").matcher(help).find(),
                    option + "\n" + help);
        }
        int server = help.indexOf("\nServer options:");
        int export = help.indexOf("\nExport options");
        assertTrue(0 < help.indexOf("  --server-url=") && help.indexOf("  --server-url=") < server, help);
        for (String option : Arguments.SERVER_OPTIONS) {
            boolean flag = option.equals("--server") || option.equals("--demo-data");
            int at = help.indexOf("  " + option + (flag ? " " : "="));
            assertTrue(server < at && at < export, option + " is listed under Server options\n" + help);
        }
        for (String option : Arguments.EXPORT_OPTIONS) {
            assertTrue(export < help.indexOf("  " + option + "="), option + " is listed under Export options\n" + help);
        }
        assertTrue(help.contains("remittance, schedule or care-packages") && help.contains("standard (the default) "
                + "or large"), help);
        assertFalse(help.contains("--db-password ") || help.contains("--password"), "refused options are not offered");
    }

    @Test
    void readsAnExportWithItsPeriodOfAYear() throws Exception {
        ExportRequest export = Options.parse("--export", "schedule", "--email", "a@example.org", "--provider", "8",
                "--period", "2026-9", "--format", "XLSX", "--out", "schedule.xlsx").export();

        assertEquals(ExportRequest.Kind.SCHEDULE, export.kind());
        assertEquals(8, export.providerId());
        assertEquals(2026, export.periodYear());
        assertEquals(9, export.period());
        assertEquals(ReportFormat.XLSX, export.format());
        assertEquals(Path.of("schedule.xlsx"), export.out());
        assertTrue(refusal("--export", "schedule", "--email", "a@example.org", "--provider", "8", "--period", "14",
                "--format", "pdf", "--out", "s.pdf").startsWith("Invalid value for option '--period': '14'"));
        assertTrue(refusal("--export", "schedule", "--email", "a@example.org", "--provider", "8", "--period", "-5",
                "--format", "pdf", "--out", "s.pdf").contains("'--period'"));
        assertEquals("--export needs --email, --provider, --format and --out",
                refusal("--export", "remittance", "--email", "a@example.org"));
    }

    @Test
    void theDatabasePasswordIsRefusedOnTheCommandLineAndSaysWhereToPutIt() {
        for (List<String> args : List.of(List.of("--server", "--demo-data", "--db-password", "s3cret"),
                List.of("--server", "--demo-data", "--db-password=s3cret"), List.of("--db-password"))) {
            String message = refusal(args.toArray(String[]::new));
            assertTrue(message.contains(Options.DB_PASSWORD_VARIABLE) && message.contains("--db-password-file"),
                    message);
            assertFalse(message.contains("s3cret"), message);
        }
        assertTrue(Options.usage().contains(Options.DB_PASSWORD_VARIABLE));
    }

    @Test
    void theDatabasePasswordComesFromTheEnvironmentOrAFile(@TempDir Path dir) throws Exception {
        assertEquals("from-env", Options.parse(Map.of(Options.DB_PASSWORD_VARIABLE, "from-env",
                "PGPASSWORD", "from-pg"), "--server", "--demo-data").dbPassword());
        assertEquals("from-pg", Options.parse(Map.of("PGPASSWORD", "from-pg"), "--server", "--demo-data")
                .dbPassword());
        Path file = Files.writeString(dir.resolve("pw"), "from-file\nsecond line\n");
        Options fromFile = Options.parse(Map.of(Options.DB_PASSWORD_VARIABLE, "from-env"),
                "--server", "--demo-data", "--db-password-file", file.toString());
        assertEquals("from-file", fromFile.dbPassword());
        assertFalse(fromFile.toString().contains("from-file"), "the password stays out of logs");
        String missing = assertThrows(Options.InvalidOptions.class, () -> Options.parse(Map.of(), "--server",
                "--demo-data", "--db-password-file", dir.resolve("missing").toString())).getMessage();
        assertTrue(missing.startsWith("Invalid value for option '--db-password-file': cannot read "), missing);
    }

    private static String refusal(String... args) {
        return assertThrows(Options.InvalidOptions.class, () -> Options.parse(Map.of(), args)).getMessage();
    }
}
