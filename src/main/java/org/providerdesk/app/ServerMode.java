package org.providerdesk.app;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.providerdesk.server.PortalServer;
import org.providerdesk.server.ServerConfig;

/** {@code --server}: the portal server alone, until the process is stopped. */
final class ServerMode {

    private ServerMode() {
    }

    static void run(Options options) {
        ServerConfig config = new ServerConfig(options.host(), options.port(), options.db(), options.dbUser(),
                options.dbPassword(), options.smtp(), options.demoData(), options.demoSize(), Clock.systemUTC(),
                ServerConfig.UK, options.trustedProxy());
        PortalServer server = PortalServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "portal-shutdown"));
        System.out.println("Provider Portal server ready at " + server.baseUrl() + " (Ctrl+C to stop)");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
