package org.providerdesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.server.actions.ActionsFeature;
import org.providerdesk.server.actions.VariationApprovals;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.auth.AuthFeature;
import org.providerdesk.server.auth.PasswordHasher;
import org.providerdesk.server.carepackages.CarePackagesFeature;
import org.providerdesk.server.council.CouncilFeature;
import org.providerdesk.server.db.Database;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoData;
import org.providerdesk.server.home.HomeFeature;
import org.providerdesk.server.mail.MailFeature;
import org.providerdesk.server.notices.NoticesFeature;
import org.providerdesk.server.organisation.OrganisationFeature;
import org.providerdesk.server.payments.PaymentsFeature;
import org.providerdesk.server.remittances.RemittancesFeature;
import org.providerdesk.server.retention.Retention;
import org.providerdesk.server.sync.ChangeFeed;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.sync.ChangesRoutes;
import org.providerdesk.server.web.ClientAddress;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.IdempotentWrites;
import org.providerdesk.server.web.ProblemErrorHandler;
import org.providerdesk.server.web.Problems;
import org.providerdesk.server.web.RequestBodies;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The council's server: opens the database, wires every feature and serves the API until stopped. */
public final class PortalServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PortalServer.class);
    private static final long MAX_REQUEST_BYTES = 1024 * 1024;
    private static final long PURGE_EVERY_MINUTES = 60;
    static final String MAIL_FROM = "Provider Portal <no-reply@westbridge-cc.example>";

    private final Javalin javalin;
    private final Database database;
    private final List<RouteTable.Route> routes;
    private final String host;

    private final java.util.concurrent.ScheduledExecutorService purger;

    private PortalServer(Javalin javalin, Database database, List<RouteTable.Route> routes, String host,
            java.util.concurrent.ScheduledExecutorService purger) {
        this.javalin = javalin;
        this.purger = purger;
        this.host = host;
        this.database = database;
        this.routes = routes;
    }

    public static PortalServer start(ServerConfig config) {
        return start(config, List.of());
    }

    /** @param approvals also told when the council approves a variation (tests listen here) */
    public static PortalServer start(ServerConfig config, List<VariationApprovals> approvals) {
        Database database = Database.open(config.jdbcUrl(), config.dbUser(), config.dbPassword());
        try {
            Jdbc jdbc = database.jdbc();
            PasswordHasher hasher = new PasswordHasher();
            if (config.demoData()
                    && new DemoData(jdbc, hasher, config.clock(), config.councilZone())
                            .populateIfEmpty(config.demoSize(), ServerConfig.DEMO_SEED)) {
                LOG.info("Demo data created ({})", config.demoSize());
            }
            ObjectMapper json = JsonMapping.strict();
            ServerParts parts = new ServerParts(jdbc, config.clock(), config.councilZone(), json,
                    new RequestBodies(json), new IdempotentWrites(jdbc, json, config.clock()),
                    new AuditLog(jdbc, config.clock()));
            Retention retention = new Retention(jdbc, config.clock());
            RouteTable[] table = new RouteTable[1];
            Javalin javalin = Javalin.create(cfg -> {
                cfg.startup.showJavalinBanner = false;
                cfg.startup.showOldJavalinVersionWarning = false;
                cfg.jetty.host = config.host();
                cfg.jetty.port = config.port();
                cfg.http.maxRequestSize = MAX_REQUEST_BYTES;
                cfg.http.prefer405over404 = true;
                cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler(json)));
                cfg.jsonMapper(new JavalinJackson(json, false));
                new Problems(json).install(cfg.routes,
                        path -> table[0] == null ? List.of() : table[0].allowedMethods(path));
                table[0] = registerFeatures(cfg.routes, config, parts,
                        features(config, parts, hasher, approvals), retention);
            });
            javalin.start();
            LOG.info("Provider Portal server listening on {}:{} ({})", config.host(), javalin.port(),
                    database.isPostgres() ? "PostgreSQL" : "H2");
            return new PortalServer(javalin, database, table[0].registered(), config.host(),
                    schedulePurges(retention));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /**
     * Every feature of the server, each built the one way (DESIGN.md section 10): from the server's parts and
     * the few shared things it truly needs (the mailer, the password hasher, who hears of approved variations),
     * in the order their routes are registered.
     */
    private static Features features(ServerConfig config, ServerParts parts, PasswordHasher hasher,
            List<VariationApprovals> approvalListeners) {
        MailFeature mail = new MailFeature(parts, config.smtp(), MAIL_FROM);
        AuthFeature auth = new AuthFeature(parts, hasher, mail.mailer());
        NoticesFeature notices = new NoticesFeature(parts);
        PaymentsFeature payments = new PaymentsFeature(parts);
        // A variation the council approves releases the client's suspended payments.
        List<VariationApprovals> approvals = new ArrayList<>(approvalListeners);
        approvals.add(payments.releaseOnApproval());
        return new Features(auth, notices, mail, List.of(
                new CouncilFeature(parts, mail.demoMailbox()),
                auth,
                new HomeFeature(parts),
                new CarePackagesFeature(parts),
                payments,
                new RemittancesFeature(parts),
                new ActionsFeature(parts, approvals),
                new OrganisationFeature(parts),
                notices,
                mail));
    }

    /** The features, and the three the route table itself asks: who is signed in, downtime, the demo mailbox. */
    private record Features(AuthFeature auth, NoticesFeature notices, MailFeature mail, List<Feature> all) {
    }

    /** Registers every feature in turn, then the sync feed over the change sources they name. */
    private static RouteTable registerFeatures(RoutesConfig routesConfig, ServerConfig config, ServerParts parts,
            Features features, Retention retention) {
        RouteTable routes = new RouteTable(routesConfig, features.auth().authenticator(), features.mail().demoMailbox(),
                features.notices().writeGate(), new ClientAddress(config.trustedProxy() == null
                        ? null : ClientAddress.parseProxy(config.trustedProxy())));
        List<ChangeSource> synced = new ArrayList<>();
        for (Feature feature : features.all()) {
            feature.register(routes);
            synced.addAll(feature.changeSources());
        }
        new ChangesRoutes(new ChangeFeed(parts.jdbc(), synced), parts.json(), retention::requireCursorKept)
                .register(routes);
        return routes;
    }

    /** Purges what is kept only for a while (see {@link Retention}) every hour, starting a minute after start. */
    private static java.util.concurrent.ScheduledExecutorService schedulePurges(Retention retention) {
        java.util.concurrent.ScheduledExecutorService purger = java.util.concurrent.Executors
                .newSingleThreadScheduledExecutor(runnable -> {
                    Thread thread = new Thread(runnable, "retention-purge");
                    thread.setDaemon(true);
                    return thread;
                });
        purger.scheduleWithFixedDelay(() -> {
            try {
                LOG.info("Retention purge: {}", retention.purge());
            } catch (RuntimeException e) {
                LOG.warn("Retention purge failed: {}", e.getClass().getName());
            }
        }, PURGE_EVERY_MINUTES > 1 ? 1 : 0, PURGE_EVERY_MINUTES, java.util.concurrent.TimeUnit.MINUTES);
        return purger;
    }

    public int port() {
        return javalin.port();
    }

    /** For example {@code http://127.0.0.1:53121}. */
    public String baseUrl() {
        return "http://" + hostForUrl() + ":" + port();
    }

    private String hostForUrl() {
        return host.equals("0.0.0.0") ? "127.0.0.1" : host;
    }

    public List<RouteTable.Route> routes() {
        return routes;
    }

    public Database database() {
        return database;
    }

    @Override
    public void close() {
        purger.shutdownNow();
        javalin.stop();
        database.close();
    }
}
