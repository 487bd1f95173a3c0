package org.providerdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
import org.providerdesk.ui.common.FxBackground;
import org.providerdesk.ui.login.DemoAccounts;
import org.slf4j.LoggerFactory;

/** The desktop app, against {@code --server-url} or an embedded demo server started beside the window. */
final class DesktopMode {

    private DesktopMode() {
    }

    static void run(Options options) {
        LogFile.addTo(AppDataFolder.resolve());
        FxBackground background = new FxBackground();
        UiContext context = options.serverUrl() != null
                ? remote(options.serverUrl(), background)
                : embedded(background);
        DeskApplication.launch(context);
    }

    private static UiContext remote(String serverUrl, FxBackground background) {
        PortalClient client = PortalClient.forUrl(serverUrl);
        String host = HttpUrl.parse(serverUrl).host();
        return new UiContext(client, background, Clock.systemUTC(), ZoneId.systemDefault(), "portal at " + host, null,
                savedData(), () -> { }, background::close);
    }

    /**
     * Starts the demo server on its own thread once the window is on screen, so that the window does not wait
     * for it; the client asks for its address on its first call, from a worker thread, and waits there.
     */
    private static UiContext embedded(FxBackground background) {
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
        return new UiContext(client, background, Clock.systemUTC(), ZoneId.systemDefault(),
                "demo portal on this computer", demo, savedData(), startServer, onExit);
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
            LoggerFactory.getLogger(DesktopMode.class).error("The embedded demo portal did not start: {}", e.toString());
            throw e;
        }
    }
}
