package org.providerdesk.server;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import org.providerdesk.server.demo.DemoSize;

/**
 * How to run a server.
 *
 * @param host       address to listen on; 127.0.0.1 for the embedded server
 * @param port       port to listen on; 0 picks a free one
 * @param jdbcUrl    {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 * @param smtp       "host:port" of the mail server; null keeps mail in the demo mailbox (demo servers only)
 * @param demoData   fill an empty database with the demo council
 * @param demoSize   how much demo data
 * @param clock      the server's clock (tests move it)
 * @param councilZone the council's time zone, for times written in messages
 * @param trustedProxy IP address of the one load balancer whose X-Forwarded-For is believed; null for none
 */
public record ServerConfig(String host, int port, String jdbcUrl, String dbUser, String dbPassword, String smtp,
        boolean demoData, DemoSize demoSize, Clock clock, ZoneId councilZone, String trustedProxy) {

    public ServerConfig(String host, int port, String jdbcUrl, String dbUser, String dbPassword, String smtp,
            boolean demoData, DemoSize demoSize, Clock clock, ZoneId councilZone) {
        this(host, port, jdbcUrl, dbUser, dbPassword, smtp, demoData, demoSize, clock, councilZone, null);
    }

    public static final ZoneId UK = ZoneId.of("Europe/London");
    public static final long DEMO_SEED = 20260401L;

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(councilZone, "councilZone");
        if (trustedProxy != null) {
            org.providerdesk.server.web.ClientAddress.parseProxy(trustedProxy);
        }
        if (smtp == null && !demoData) {
            throw new IllegalArgumentException(
                    "A server without demo data needs --smtp host:port to e-mail authentication codes");
        }
    }

    /** A demo server on a free loopback port with the given database. */
    public static ServerConfig demo(String jdbcUrl, Clock clock) {
        return new ServerConfig("127.0.0.1", 0, jdbcUrl, "sa", "", null, true, DemoSize.STANDARD, clock, UK);
    }

    public ServerConfig withSmtp(String hostAndPort) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, hostAndPort, demoData, demoSize, clock,
                councilZone, trustedProxy);
    }

    public ServerConfig withPort(String newHost, int newPort) {
        return new ServerConfig(newHost, newPort, jdbcUrl, dbUser, dbPassword, smtp, demoData, demoSize, clock,
                councilZone, trustedProxy);
    }

    /** @param proxyAddress the load balancer's IP address (its X-Forwarded-For is then believed) */
    public ServerConfig withTrustedProxy(String proxyAddress) {
        return new ServerConfig(host, port, jdbcUrl, dbUser, dbPassword, smtp, demoData, demoSize, clock,
                councilZone, proxyAddress);
    }

    public boolean usesDemoMailbox() {
        return smtp == null;
    }
}
