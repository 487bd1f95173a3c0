package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Main} in a process of its own, as a user or a script starts it: what it prints and its exit code. */
class CommandLineProcessTest {

    @TempDir
    Path dir;

    private record Ran(int exit, String out, String err) {
    }

    @Test
    void aWrongValueIsOneMessageNamingTheOptionAndExitCodeTwoWithoutAStackTrace() throws Exception {
        Ran ran = run("--server", "--demo-data", "--port", "abc");

        assertEquals(2, ran.exit());
        assertEquals("Invalid value for option '--port': 'abc' is not a port number from 0 to 65535\n"
                + "provider-desk --help lists every option.\n", ran.err());
        assertEquals("", ran.out());
    }

    @Test
    void anUnknownDemoSizeOrOptionIsRefusedTheSameWay() throws Exception {
        Ran size = run("--server", "--demo-data", "--demo-size", "huge");
        Ran unknown = run("--servr");

        assertEquals(2, size.exit());
        assertTrue(size.err().startsWith("Invalid value for option '--demo-size': 'huge'"), size.err());
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("Unknown option: '--servr'. Did you mean --server"), unknown.err());
        String both = size.err() + unknown.err();
        assertFalse(both.contains("Exception") || both.contains("\tat "), both);
    }

    @Test
    void helpIsPrintedOnStandardOutputWithExitCodeZero() throws Exception {
        Ran ran = run("--help");

        assertEquals(0, ran.exit(), ran.err());
        assertEquals(Options.usage(), ran.out());
        assertTrue(ran.out().startsWith("Usage:\n  provider-desk "), ran.out());
    }

    @Test
    void versionPrintsTheNameAndTheVersionMavenBuilt() throws Exception {
        Ran ran = run("--version");

        assertEquals(0, ran.exit(), ran.err());
        assertEquals("Provider Desk " + AppVersion.current() + "\n", ran.out());
    }

    @Test
    void aDesktopWhoseWindowCannotOpenSaysWhyAndFails() throws Exception {
        // GTK on a display that does not exist: what a user without a desktop session, or without GTK, meets
        Ran ran = runWith(List.of("-Dglass.platform=gtk", "-Dproviderdesk.dataDir=" + dir.resolve("data")),
                Map.of("DISPLAY", ":987"));

        assertTrue(ran.exit() != 0, ran.err());
        assertTrue(ran.err().contains("Provider Desk could not open its window: "), ran.err());
    }

    private Ran run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), Map.of(), args);
    }

    private Ran runWith(List<String> jvmOptions, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File(
                        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null"))).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Main " + String.join(" ", args) + " did not stop in 120 s");
        }
        return new Ran(process.exitValue(), read(out), read(err));
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }
}
