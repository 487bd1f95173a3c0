package org.providerdesk.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.List;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.server.actions.ActionsFeature;
import org.providerdesk.server.actions.VariationApprovals;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.auth.AuthRoutes;
import org.providerdesk.server.auth.AuthService;
import org.providerdesk.server.auth.LoginAttempts;
import org.providerdesk.server.auth.LoginThrottle;
import org.providerdesk.server.auth.PasswordHasher;
import org.providerdesk.server.auth.PasswordRoutes;
import org.providerdesk.server.auth.Secrets;
import org.providerdesk.server.auth.SessionRepository;
import org.providerdesk.server.auth.UserRepository;
import org.providerdesk.server.carepackages.CarePackageRepository;
import org.providerdesk.server.carepackages.CarePackageRoutes;
import org.providerdesk.server.council.CouncilRepository;
import org.providerdesk.server.council.PortalStatusRoutes;
import org.providerdesk.server.db.Database;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoData;
import org.providerdesk.server.home.HomeRoutes;
import org.providerdesk.server.mail.DemoMailbox;
import org.providerdesk.server.mail.Mailer;
import org.providerdesk.server.mail.SmtpMailer;
import org.providerdesk.server.notices.CouncilNoticeRoutes;
import org.providerdesk.server.notices.Downtime;
import org.providerdesk.server.notices.NoticeRepository;
import org.providerdesk.server.organisation.OrganisationRepository;
import org.providerdesk.server.organisation.OrganisationRoutes;
import org.providerdesk.server.payments.PaymentRoutes;
import org.providerdesk.server.payments.SuspendedLineRelease;
import org.providerdesk.server.providers.ProviderRepository;
import org.providerdesk.server.remittances.RemittanceRoutes;
import org.providerdesk.server.retention.Retention;
import org.providerdesk.server.sync.ChangeFeed;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.sync.ChangesRoutes;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.ClientAddress;
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
    private static final int DEMO_INBOX_SIZE = 20;
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
                table[0] = registerFeatures(new Features(config, database, jdbc, hasher, json, cfg.routes,
                        approvals));
            });
            javalin.start();
            LOG.info("Provider Portal server listening on {}:{} ({})", config.host(), javalin.port(),
                    database.isPostgres() ? "PostgreSQL" : "H2");
            return new PortalServer(javalin, database, table[0].registered(), config.host(),
                    schedulePurges(new Retention(jdbc, config.clock())));
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private record Features(ServerConfig config, Database database, Jdbc jdbc, PasswordHasher hasher,
            ObjectMapper json, io.javalin.config.RoutesConfig routesConfig, List<VariationApprovals> approvals) {
    }

    private static RouteTable registerFeatures(Features f) {
        ServerConfig config = f.config();
        Jdbc jdbc = f.jdbc();
        DemoMailbox demoMailbox = config.usesDemoMailbox() ? new DemoMailbox(jdbc, config.clock()) : null;
        Mailer mailer = demoMailbox != null ? demoMailbox : SmtpMailer.forAddress(config.smtp(), MAIL_FROM);
        AuditLog audit = new AuditLog(jdbc, config.clock());
        NoticeRepository notices = new NoticeRepository(jdbc);
        ProviderRepository providers = new ProviderRepository(jdbc);
        CouncilRepository council = new CouncilRepository(jdbc);
        AuthService auth = new AuthService(new AuthService.Parts(new UserRepository(jdbc), new LoginAttempts(jdbc),
                new SessionRepository(jdbc), new LoginThrottle(jdbc, config.clock()), providers, notices,
                f.hasher(), new Secrets(), mailer, audit, config.clock(), config.councilZone()));
        RequestBodies bodies = new RequestBodies(f.json());
        ServerParts parts = new ServerParts(jdbc, config.clock(), config.councilZone(), f.json(), bodies,
                new IdempotentWrites(jdbc, f.json(), config.clock()), audit);
        List<ChangeSource> synced = new ArrayList<>();

        Downtime downtime = new Downtime(notices, config.clock(), config.councilZone());
        RouteTable routes = new RouteTable(f.routesConfig(), auth, demoMailbox != null,
                () -> downtime.refusal("Changes cannot be sent"), new ClientAddress(config.trustedProxy() == null
                        ? null : ClientAddress.parseProxy(config.trustedProxy())));
        new PortalStatusRoutes(council, notices, config.clock(), demoMailbox != null).register(routes);
        new AuthRoutes(auth, bodies).register(routes);
        new HomeRoutes(providers, council, notices, config.clock()).register(routes);
        CarePackageRoutes carePackages = new CarePackageRoutes(new CarePackageRepository(jdbc), config.clock(),
                config.councilZone());
        carePackages.register(routes);
        synced.addAll(carePackages.changeSources());
        PaymentRoutes payments = new PaymentRoutes(parts);
        payments.register(routes);
        synced.addAll(payments.changeSources());
        RemittanceRoutes remittances = new RemittanceRoutes(parts);
        remittances.register(routes);
        synced.addAll(remittances.changeSources());
        // A variation the council approves releases the client's suspended payments.
        SuspendedLineRelease release = payments.release();
        List<VariationApprovals> approvals = new ArrayList<>(f.approvals());
        approvals.add(new VariationApprovals() {
            @Override
            public void approved(long provider, long client, java.time.LocalDate from, java.time.LocalDate to) {
                throw new IllegalStateException("A release needs the variation's value");
            }

            @Override
            public void approved(long provider, long client, org.providerdesk.domain.Variation variation) {
                release.release(provider, client, variation.from(), variation.to(), variation.extraValue());
            }
        });
        ActionsFeature actions = new ActionsFeature(parts, approvals);
        actions.register(routes);
        synced.addAll(actions.changeSources());
        // Accounts (forgotten and changed passwords), organisation details and contacts, council notices.
        PasswordRoutes.forServer(parts, f.hasher(), mailer).register(routes);
        OrganisationRoutes organisation = new OrganisationRoutes(new OrganisationRepository(jdbc));
        organisation.register(routes);
        synced.addAll(organisation.changeSources());
        new CouncilNoticeRoutes(notices, parts).register(routes);
        synced.add(notices.changeSource(SyncKinds.NOTICE));

        Retention retention = new Retention(jdbc, config.clock());
        new ChangesRoutes(new ChangeFeed(jdbc, synced), f.json(), retention::requireCursorKept).register(routes);
        if (demoMailbox != null) {
            // Codes are readable here: only for someone on the server's own computer, never over the network.
            routes.get(ApiPaths.DEMO_INBOX, Access.DEMO_ONLY, ctx -> {
                if (!java.net.InetAddress.getByName(ctx.ip()).isLoopbackAddress()) {
                    throw ApiException.notFound("There is nothing at this address.");
                }
                ctx.json(demoMailbox.latest(DEMO_INBOX_SIZE));
            });
        }
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
