package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The shipped logback.xml: a rolling file in the folder the property names. */
class RollingLogTest {

    @TempDir
    Path appData;

    /**
     * Configures the process's own logging context with the shipped file (a context made with {@code new} writes
     * nothing in Logback 1.5), then puts the tests' configuration back.
     */
    @Test
    void theDesktopLogsToARollingFileInItsAppDataFolder() throws Exception {
        Path folder = LogFolder.folder(appData);
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        try {
            configure(context, "/logback.xml", folder);
            context.getLogger("org.providerdesk.test").info("A sync finished: provider {} in {} ms", 12, 80);
            RollingFileAppender<?> file = (RollingFileAppender<?>) context.getLogger("ROOT").getAppender("FILE");
            assertEquals(folder.resolve("provider-desk.log").toString(), file.getFile());
            assertTrue(file.getRollingPolicy() instanceof SizeAndTimeBasedRollingPolicy<?>);
            context.stop();
        } finally {
            configure(context, "/logback-test.xml", null);
        }
        String written = Files.readString(folder.resolve("provider-desk.log"));
        assertTrue(written.contains("INFO  [main] org.providerdesk.test - A sync finished: provider 12 in 80 ms"),
                written);
    }

    private static void configure(LoggerContext context, String resource, Path folder) throws Exception {
        context.reset();
        if (folder != null) {
            context.putProperty(LogFolder.PROPERTY, folder.toString());
        }
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(RollingLogTest.class.getResource(resource));
    }

    @Test
    void theFolderIsLogsInsideTheAppDataFolder() {
        assertEquals(appData.resolve("logs").toAbsolutePath(), LogFolder.folder(appData));
    }
}
