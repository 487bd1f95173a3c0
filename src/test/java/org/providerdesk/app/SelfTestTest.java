package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SelfTestTest {

    @Test
    void passesOnAFreshDemoPortalAfterLoggingInSyncingRenderingEveryPageAndExportingPdfAndExcel() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = new SelfTest(new PrintStream(bytes, true, StandardCharsets.UTF_8)).run();
        String output = bytes.toString(StandardCharsets.UTF_8);

        assertEquals(0, exit, output);
        assertTrue(output.contains("SELF-TEST ok log in priya.shah@oakleafcare.example"), output);
        assertTrue(output.matches("(?s).*SELF-TEST ok sync provider \\d+ \\(\\d+ rows\\).*"), output);
        assertTrue(output.matches("(?s).*SELF-TEST   pages: Home, [^\\n]*Waiting to send\\R.*"), output);
        assertTrue(output.contains("SELF-TEST ok export reports (remittance advice PDF of "), output);
        assertTrue(output.matches("(?s).*remittance advice PDF of \\d+ KB, Excel of \\d+ KB\\).*"), output);
        assertTrue(output.contains("SELF-TEST PASSED"), output);
    }

    @Test
    void theVersionIsTheOneMavenBuilt() {
        assertTrue(AppVersion.current().matches("\\d+\\.\\d+\\.\\d+.*"), AppVersion.current());
    }

    @Test
    void versionAndSelfTestAreOptionsOfTheirOwn() throws Exception {
        assertTrue(Options.parse("--version").version());
        assertTrue(Options.parse("--self-test").selfTest());
        Options.InvalidOptions refused = org.junit.jupiter.api.Assertions.assertThrows(Options.InvalidOptions.class,
                () -> Options.parse("--self-test", "--server-url", "https://portal.example.org"));
        assertTrue(refused.getMessage().contains("--self-test"));
    }
}
