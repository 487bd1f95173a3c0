package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The shipped logging set-up ({@link LogSetup}): a rolling file in the folder the property names. */
class RollingLogTest {

    @TempDir
    Path appData;

    /**
     * Sets up the process's own logging context as the app does (a context made with {@code new} writes nothing
     * in Logback 1.5), then puts the tests' configuration back.
     */
    @Test
    void theDesktopLogsToARollingFileInItsAppDataFolder() throws Exception {
        Path folder = LogFolder.folder(appData);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        try {
            useShippedSetup(context, folder);
            context.getLogger("org.providerdesk.test").info("A sync finished: provider {} in {} ms", 12, 80);
            RollingFileAppender<?> file = (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
            assertEquals(folder.resolve("provider-desk.log").toString(), file.getFile());
            assertTrue(file.getRollingPolicy() instanceof SizeAndTimeBasedRollingPolicy<?>);
            assertEquals(Level.WARN, context.getLogger("org.eclipse.jetty.server").getEffectiveLevel());
            context.stop();
        } finally {
            restoreTestSetup(context);
        }
        String written = Files.readString(folder.resolve("provider-desk.log"));
        assertTrue(written.contains("INFO  [main] org.providerdesk.test - A sync finished: provider 12 in 80 ms"),
                written);
    }

    @Test
    void theDesktopSetsUpLoggingOnlyOnceItsWindowIsShown() throws Exception {
        LoggerContext context = new LoggerContext();
        LogSetup.Gate window = new LogSetup.Gate();
        window.close();
        CompletableFuture<Void> setUp = CompletableFuture.runAsync(
                () -> LogSetup.configureAfter(window, context, LogFolder.folder(appData)));
        Thread.sleep(200);
        assertFalse(setUp.isDone(), "logging waited for the window");
        window.open();
        setUp.get(5, TimeUnit.SECONDS);
        assertTrue(context.getLogger("ROOT").getAppender("FILE") != null);
        context.stop();
    }

    @Test
    void theTestsOwnLogbackFileWinsOverTheShippedSetup() {
        LogSetup setup = new LogSetup();
        setup.setContext(new LoggerContext());
        assertEquals(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY, setup.configure(new LoggerContext()));
    }

    @Test
    void theFolderIsLogsInsideTheAppDataFolder() {
        assertEquals(appData.resolve("logs").toAbsolutePath(), LogFolder.folder(appData));
    }

    /** What the app does at start: {@link LogSetup}, into {@code folder}. */
    static void useShippedSetup(LoggerContext context, Path folder) {
        context.reset();
        LogSetup.configureInto(context, folder);
    }

    static void restoreTestSetup(LoggerContext context) throws Exception {
        context.reset();
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(RollingLogTest.class.getResource("/logback-test.xml"));
    }
}
