package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void noArgumentsMeansTheDesktopAppWithTheEmbeddedDemoPortal() throws Exception {
        Options options = Options.parse();

        assertFalse(options.serverMode());
        assertNull(options.serverUrl());
    }

    @Test
    void readsTheServerOptions() throws Exception {
        Options options = Options.parse("--server", "--port", "9090", "--db", "jdbc:postgresql://db/portal",
                "--smtp", "mail.example.org:2525");

        assertTrue(options.serverMode());
        assertEquals(9090, options.port());
        assertEquals("jdbc:postgresql://db/portal", options.db());
        assertEquals("mail.example.org:2525", options.smtp());
    }

    @Test
    void aServerWithoutMailOrDemoDataIsRefusedWithTheReason() {
        Options.InvalidOptions refused = assertThrows(Options.InvalidOptions.class, () -> Options.parse("--server"));

        assertTrue(refused.getMessage().contains("--smtp"));
    }

    @Test
    void explainsBadValues() {
        assertEquals("--port wants a number from 0 to 65535, not seventy",
                assertThrows(Options.InvalidOptions.class, () -> Options.parse("--port", "seventy")).getMessage());
        assertEquals("--server-url needs a value",
                assertThrows(Options.InvalidOptions.class, () -> Options.parse("--server-url")).getMessage());
        assertEquals("Unknown option: --frobnicate",
                assertThrows(Options.InvalidOptions.class, () -> Options.parse("--frobnicate")).getMessage());
        assertThrows(Options.InvalidOptions.class, () -> Options.parse("--server", "--demo-data", "--smtp", "nohost"));
    }

    @Test
    void theDatabasePasswordIsRefusedOnTheCommandLineAndSaysWhereToPutIt() {
        String message = assertThrows(Options.InvalidOptions.class,
                () -> Options.parse("--server", "--demo-data", "--db-password", "s3cret")).getMessage();
        assertTrue(message.contains(Options.DB_PASSWORD_VARIABLE) && message.contains("--db-password-file"), message);
        assertFalse(message.contains("s3cret"));
        assertTrue(Options.USAGE.contains(Options.DB_PASSWORD_VARIABLE) && Options.USAGE.contains("--db-password-file"));
    }

    @Test
    void theDatabasePasswordComesFromTheEnvironmentOrAFile(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        assertEquals("from-env", Options.parse(java.util.Map.of(Options.DB_PASSWORD_VARIABLE, "from-env",
                "PGPASSWORD", "from-pg"), "--server", "--demo-data").dbPassword());
        assertEquals("from-pg", Options.parse(java.util.Map.of("PGPASSWORD", "from-pg"), "--server", "--demo-data")
                .dbPassword());
        java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("pw"), "from-file\n");
        assertEquals("from-file", Options.parse(java.util.Map.of(Options.DB_PASSWORD_VARIABLE, "from-env"),
                "--server", "--demo-data", "--db-password-file", file.toString()).dbPassword());
        assertThrows(Options.InvalidOptions.class, () -> Options.parse(java.util.Map.of(), "--server", "--demo-data",
                "--db-password-file", dir.resolve("missing").toString()));
    }
}
