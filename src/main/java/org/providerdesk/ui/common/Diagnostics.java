package org.providerdesk.ui.common;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * What a person can copy and send to support when something went wrong: the app's version, the OS, Java, the
 * time and the failure's classes and stack frames. Never exception messages (they may quote a client's name or
 * other data of the people in care) and nothing else about the user.
 */
public final class Diagnostics {

    private final String appVersion;
    private final Clock clock;

    public Diagnostics(String appVersion, Clock clock) {
        this.appVersion = appVersion;
        this.clock = clock;
    }

    /** The version in the jar's manifest, or "development build" when run from classes. */
    public static Diagnostics forThisApp(Clock clock) {
        String version = Diagnostics.class.getPackage().getImplementationVersion();
        return new Diagnostics(version == null ? "development build" : version, clock);
    }

    /** @param failure may be null */
    public String report(Throwable failure) {
        StringBuilder text = new StringBuilder()
                .append("Provider Desk ").append(appVersion).append('\n')
                .append("OS: ").append(System.getProperty("os.name")).append(' ')
                .append(System.getProperty("os.version")).append(" (").append(System.getProperty("os.arch"))
                .append(")\n")
                .append("Java: ").append(System.getProperty("java.version")).append(' ')
                .append(System.getProperty("java.vendor", "")).append('\n')
                .append("JavaFX: ").append(System.getProperty("javafx.runtime.version", "unknown")).append('\n')
                .append("Time: ").append(Instant.now(clock)).append('\n');
        if (failure != null) {
            text.append(stackTrace(failure));
        }
        return text.toString();
    }

    /** Classes and frames of a failure and its causes, without their messages. */
    public static String stackTrace(Throwable failure) {
        StringBuilder text = new StringBuilder();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable current = failure;
        String prefix = "";
        while (current != null && seen.add(current)) {
            text.append(prefix).append(current.getClass().getName()).append('\n');
            for (StackTraceElement frame : current.getStackTrace()) {
                text.append("    at ").append(frame).append('\n');
            }
            for (Throwable suppressed : current.getSuppressed()) {
                text.append("    Suppressed: ").append(suppressed.getClass().getName()).append('\n');
            }
            prefix = "Caused by: ";
            current = current.getCause();
        }
        return text.toString();
    }
}
