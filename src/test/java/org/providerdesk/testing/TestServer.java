package org.providerdesk.testing;

import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.providerdesk.api.DemoMail;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.server.PortalServer;
import org.providerdesk.server.ServerConfig;
import org.providerdesk.server.actions.VariationApprovals;
import org.providerdesk.server.demo.DemoSize;
import org.providerdesk.server.demo.DemoUsers;

/** The real server on a free loopback port, with a fresh in-memory H2 database and the demo council. */
public final class TestServer implements AutoCloseable {

    /** Monday 23 November 2026, 10:00 UTC: the demo downtime is the coming weekend. */
    public static final Instant MONDAY_MORNING = Instant.parse("2026-11-23T10:00:00Z");
    /** Saturday 28 November 2026 20:00 UTC, inside the demo downtime (18:00 Saturday to 07:00 Monday). */
    public static final Instant DURING_DOWNTIME = Instant.parse("2026-11-28T20:00:00Z");

    private static final Pattern CODE = Pattern.compile("\\b(\\d{6})\\b");

    private final MutableClock clock;
    private final ServerConfig config;
    private final List<VariationApprovals> approvals;
    private PortalServer server;

    private TestServer(MutableClock clock, ServerConfig config, List<VariationApprovals> approvals) {
        this.clock = clock;
        this.config = config;
        this.approvals = approvals;
        this.server = PortalServer.start(config, approvals);
    }

    public static TestServer start() {
        return start(null);
    }

    /** A server that also tells {@code approvals} of every variation the council approves. */
    public static TestServer startHearing(List<VariationApprovals> approvals) {
        return start(null, approvals);
    }

    /** @param smtp "host:port" of a mail server, or null for the demo mailbox */
    public static TestServer start(String smtp) {
        return start(smtp, List.of());
    }

    /** A server that believes X-Forwarded-For from {@code proxyAddress} (a load balancer in front). */
    public static TestServer startBehindProxy(String proxyAddress) {
        MutableClock clock = new MutableClock(MONDAY_MORNING);
        String[] database = TestDatabases.fresh();
        return new TestServer(clock, new ServerConfig("127.0.0.1", 0, database[0], database[1], database[2], null,
                true, DemoSize.STANDARD, clock, ServerConfig.UK, proxyAddress), List.of());
    }

    private static TestServer start(String smtp, List<VariationApprovals> approvals) {
        MutableClock clock = new MutableClock(MONDAY_MORNING);
        String[] database = TestDatabases.fresh();
        ServerConfig config = new ServerConfig("127.0.0.1", 0, database[0], database[1], database[2], null, true,
                DemoSize.STANDARD, clock, ServerConfig.UK);
        if (smtp != null) {
            config = config.withSmtp(smtp);
        }
        return new TestServer(clock, config, approvals);
    }

    /** Stops the server, keeping its database, as when the council's server goes down. */
    public void stop() {
        server.close();
    }

    /** Starts the server again on the same database (on a new port). */
    public void restart() {
        server = PortalServer.start(config, approvals);
    }

    public MutableClock clock() {
        return clock;
    }

    public PortalServer server() {
        return server;
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public PortalClient newClient() {
        return PortalClient.forUrl(baseUrl());
    }

    /** The code in the newest demo mail to {@code email}. */
    public String latestCodeFor(String email) {
        List<DemoMail> inbox = newClient().demoInbox();
        return inbox.stream()
                .filter(mail -> mail.to().equals(email))
                .findFirst()
                .map(mail -> codeIn(mail.body()))
                .orElseThrow(() -> new AssertionError("No mail to " + email));
    }

    public static String codeIn(String body) {
        Matcher matcher = CODE.matcher(body);
        if (!matcher.find()) {
            throw new AssertionError("No code in mail");
        }
        return matcher.group(1);
    }

    /** Logs {@code client} in as a demo user through both steps. */
    public SessionInfo logIn(PortalClient client, String email) {
        var challenge = client.startLogin(email, DemoUsers.PASSWORD);
        return client.finishLogin(challenge.attemptId(), latestCodeFor(email));
    }

    /** Stops the server and, on H2, drops its in-memory database. */
    @Override
    public void close() {
        server.close();
        if (!TestDatabases.onPostgres()) {
            // after the pool is closed, so that no pooled connection is left on a dropped database
            try (java.sql.Connection connection = java.sql.DriverManager.getConnection(config.jdbcUrl(),
                    config.dbUser(), config.dbPassword()); java.sql.Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not drop the test database", e);
            }
        }
    }
}
