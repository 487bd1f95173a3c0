package org.providerdesk.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;

/**
 * How Provider Desk logs, set up in code (found by Logback through {@code META-INF/services}): to the console, and
 * to a rolling file in the folder {@link LogFolder#PROPERTY} names: at most 5 MB a file, a new file each day, 14
 * days and 50 MB kept in all. Logs hold ids, classes and events, never personal data of people in care.
 *
 * <p>In code rather than a {@code logback.xml}: reading XML loaded some 250 more classes (Joran, its model, the
 * parser), which on a two-core laptop delayed the login window by about 170 ms. A {@code logback-test.xml} on the
 * class path (the tests') still wins.
 *
 * <p>The desktop app starts logging beside the window ({@link #holdUntilWindowShown}): until the window is shown,
 * loggers are SLF4J's stand-ins, which keep every event and hand it over once this has run, so nothing is lost.
 */
public final class LogSetup extends ContextAwareBase implements Configurator {

    static final String CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger{36} - %msg%n";
    static final String FILE_NAME = "provider-desk.log";
    /** Libraries that say too much at INFO; JasperReports warns at every PDF that OpenPDF is not its own build. */
    private static final Map<String, Level> QUIETER = Map.of("org.eclipse.jetty", Level.WARN, "io.javalin", Level.WARN,
            "org.flywaydb", Level.WARN, "okhttp3", Level.WARN,
            "net.sf.jasperreports.pdf.classic.ClassicPdfUtils", Level.ERROR);
    /** However long the window takes, logging waits no longer than this. */
    private static final long LONGEST_WAIT_SECONDS = 10;

    /** The desktop's window: what logging waits for, when the desktop asked it to. */
    static final Gate WINDOW = new Gate();

    /**
     * Counted down once SLF4J has begun to start Logback: from then on, loggers asked for on other threads are
     * stand-ins and never wait (asked for before, SLF4J would have them wait for the whole set-up).
     */
    static final CountDownLatch STARTING = new CountDownLatch(1);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        STARTING.countDown();
        if (getClass().getClassLoader().getResource("logback-test.xml") != null
                || System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        String folder = context.getProperty(LogFolder.PROPERTY);
        configureAfter(WINDOW, context, Path.of(folder != null ? folder : System.getProperty(LogFolder.PROPERTY, "logs")));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** Waits for the gate, if it was closed, then sets up {@code context} ({@link #configureInto}). */
    static void configureAfter(Gate gate, LoggerContext context, Path folder) {
        gate.await();
        configureInto(context, folder);
    }

    /** Sets up {@code context} (after a reset) to log to the console and to a rolling file in {@code folder}. */
    static void configureInto(LoggerContext context, Path folder) {
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(started(new ConsoleAppender<>(), "CONSOLE", CONSOLE_PATTERN, context));
        root.addAppender(started(rollingFile(context, folder), "FILE", FILE_PATTERN, context));
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }

    private static RollingFileAppender<ILoggingEvent> rollingFile(LoggerContext context, Path folder) {
        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setFile(folder.resolve(FILE_NAME).toString());
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> policy = new SizeAndTimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(file);
        policy.setFileNamePattern(folder.resolve("provider-desk.%d{yyyy-MM-dd}.%i.log").toString());
        policy.setMaxFileSize(FileSize.valueOf("5MB"));
        policy.setMaxHistory(14);
        policy.setTotalSizeCap(FileSize.valueOf("50MB"));
        policy.start();
        file.setRollingPolicy(policy);
        return file;
    }

    private static OutputStreamAppender<ILoggingEvent> started(OutputStreamAppender<ILoggingEvent> appender,
            String name, String pattern, LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        appender.setContext(context);
        appender.setName(name);
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    /**
     * The desktop app: logging is set up once the window is shown ({@link #windowShown}), not while JavaFX starts,
     * whose two cores it would share. Events logged meanwhile wait in SLF4J's stand-in loggers.
     */
    static void holdUntilWindowShown() {
        WINDOW.close();
    }

    static void windowShown() {
        WINDOW.open();
    }

    /** Open unless closed; once opened, open for good. Waits at most {@link #LONGEST_WAIT_SECONDS}. */
    static final class Gate {
        private final CountDownLatch opened = new CountDownLatch(1);
        private volatile boolean closed;

        void close() {
            closed = true;
        }

        void open() {
            opened.countDown();
        }

        void await() {
            if (!closed) {
                return;
            }
            try {
                opened.await(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
