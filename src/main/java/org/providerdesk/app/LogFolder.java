package org.providerdesk.app;

import java.nio.file.Path;
import org.providerdesk.client.AppDataFolder;

/**
 * Where the rolling log file goes (see LogSetup). Must run before the first logger is made, so that Logback
 * reads the property when it configures itself.
 */
final class LogFolder {

    /** The system property LogSetup reads. */
    static final String PROPERTY = "providerdesk.logDir";

    private LogFolder() {
    }

    /** The desktop logs into {@code <app-data folder>/logs}, unless the property was given on the command line. */
    static void useAppDataFolder() {
        if (System.getProperty(PROPERTY) == null) {
            System.setProperty(PROPERTY, folder(AppDataFolder.resolve()).toString());
        }
    }

    static Path folder(Path appData) {
        return appData.resolve("logs").toAbsolutePath();
    }
}
