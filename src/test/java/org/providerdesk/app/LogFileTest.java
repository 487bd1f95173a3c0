package org.providerdesk.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LogFileTest {

    @TempDir
    Path appData;

    @Test
    void theDesktopAppLogsIntoItsApplicationDataFolder() throws Exception {
        Path file = LogFile.addTo(appData);
        try {
            LoggerFactory.getLogger(LogFileTest.class).warn("provider 8 synced");

            assertTrue(file.startsWith(appData.resolve("logs")), file.toString());
            assertTrue(Files.readString(file).contains("provider 8 synced"));
        } finally {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            var appender = root.getAppender("FILE");
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
