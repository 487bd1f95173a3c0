package org.providerdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import org.providerdesk.client.AppDataFolder;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.server.PortalServer;
import org.providerdesk.server.ServerConfig;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.ui.DeskApplication;
import org.providerdesk.ui.UiContext;
import org.providerdesk.ui.common.Diagnostics;
import org.providerdesk.ui.common.WorkerTaskRunner;
import org.providerdesk.ui.login.DemoAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The desktop app, against {@code --server-url} or an embedded demo server started beside the window. */
final class DesktopMode {

    private DesktopMode() {
    }

    static void run(Options options) {
        Thread logging = startLoggingBesideTheWindow();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> LoggerFactory.getLogger(DesktopMode.class)
                .error("Uncaught on {}: {}", thread.getName(), Diagnostics.stackTrace(failure)));
        WorkerTaskRunner background = WorkerTaskRunner.forJavaFx();
        UiContext context = options.serverUrl() != null
                ? remote(options.serverUrl(), background)
                : embedded(background);
        try {
            DeskApplication.launch(context);
        } catch (RuntimeException | Error failure) {
            windowNeverShown(logging, failure);
            throw failure;
        }
    }

    /**
     * JavaFX could not open the window (no display, no GTK): logging, which was waiting for the window, is set up
     * now and given time to write, so that the reason reaches the console and the log file before the app ends.
     */
    private static void windowNeverShown(Thread logging, Throwable failure) {
        System.err.println("Provider Desk could not open its window: " + failure);
        LogSetup.windowShown();
        LoggerFactory.getLogger(DesktopMode.class).error("The window could not open: {}",
                Diagnostics.stackTrace(failure));
        try {
            logging.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Logging starts on its own thread and sets itself up once the window is shown ({@link LogSetup}), so that
     * it does not take CPU from JavaFX while the window opens. Loggers asked for meanwhile are SLF4J's stand-ins,
     * whose events it replays once Logback is ready, so nothing logged is lost.
     */
    private static Thread startLoggingBesideTheWindow() {
        LogSetup.holdUntilWindowShown();
        // SLF4J would print to the console that it replayed those events: expected here, so said only on error
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        Thread thread = new Thread(() -> {
            Logger log = LoggerFactory.getLogger(DesktopMode.class);
            LogSetup.STARTING.countDown();
            log.info("Provider Desk starting: Java {}, {} {}", System.getProperty("java.version"),
                    System.getProperty("os.name"), System.getProperty("os.version"));
        }, "logging-start");
        thread.setDaemon(true);
        thread.start();
        try {
            // until SLF4J has begun, a logger asked for on this thread would wait for the whole set-up
            LogSetup.STARTING.await(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return thread;
    }

    private static UiContext remote(String serverUrl, WorkerTaskRunner background) {
        PortalClient client = PortalClient.forUrl(serverUrl);
        String host = HttpUrl.parse(serverUrl).host();
        return new UiContext(client, background, Clock.systemUTC(), ZoneId.systemDefault(), "portal at " + host, null,
                savedData(), LogSetup::windowShown, background::close);
    }

    /**
     * Starts the demo server on its own thread once the window is on screen, so that the window does not wait
     * for it; the client asks for its address on its first call, from a worker thread, and waits there.
     */
    private static UiContext embedded(WorkerTaskRunner background) {
        CompletableFuture<PortalServer> server = new CompletableFuture<>();
        Runnable startServer = () -> {
            Thread starter = new Thread(() -> {
                try {
                    server.complete(startEmbeddedServer());
                } catch (RuntimeException e) {
                    server.completeExceptionally(e);
                }
            }, "demo-portal-start");
            starter.setDaemon(true);
            starter.start();
        };
        PortalClient client = new PortalClient(() -> {
            try {
                return HttpUrl.get(server.join().baseUrl());
            } catch (CompletionException e) {
                throw new PortalUnreachableException("The demo portal could not start.", e.getCause());
            }
        });
        DemoAccounts demo = new DemoAccounts(List.of(
                new DemoAccounts.Account(DemoUsers.SINGLE_HOME_MANAGER, "manager of one care home"),
                new DemoAccounts.Account(DemoUsers.GROUP_ADMINISTRATOR, "administrator of three services")),
                DemoUsers.PASSWORD);
        Runnable onExit = () -> {
            background.close();
            server.thenAccept(PortalServer::close);
        };
        Runnable afterWindowShown = () -> {
            LogSetup.windowShown();
            startServer.run();
        };
        return new UiContext(client, background, Clock.systemUTC(), ZoneId.systemDefault(),
                "demo portal on this computer", demo, savedData(), afterWindowShown, onExit);
    }

    private static SavedData savedData() {
        return new SavedData(AppDataFolder.resolve(), new CacheKey(CacheKey.DEFAULT_ITERATIONS));
    }

    private static PortalServer startEmbeddedServer() {
        Path folder = AppDataFolder.resolve().resolve("demo-portal");
        String url = "jdbc:h2:file:" + folder.resolve("portal").toAbsolutePath();
        try {
            return PortalServer.start(ServerConfig.demo(url, Clock.systemUTC()));
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(DesktopMode.class).error("The embedded demo portal did not start: {}",
                    Diagnostics.stackTrace(e));
            throw e;
        }
    }
}
