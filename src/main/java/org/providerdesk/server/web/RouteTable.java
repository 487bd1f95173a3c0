package org.providerdesk.server.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.domain.Role;

/**
 * Every route of the server, each with the {@link Access} it demands. The guard runs before the handler on
 * every request, so a handler never sees a caller who may not call it. The list is public so that a test can
 * call every route as every kind of stranger.
 */
public final class RouteTable {

    private static final String CALLER = "providerdesk.caller";
    private static final String ADDRESS = "providerdesk.client-address";
    private static final String BEARER = "Bearer ";

    /** One registered route. */
    public record Route(HandlerType method, String path, Access access) {

        /** True when {@code requestPath} is this route's path with its {@code {parameters}} filled in. */
        public boolean matches(String requestPath) {
            return Pattern.matches(path.replace(".", "\\.").replaceAll("\\{[^}/]+}", "[^/]+"), requestPath);
        }
    }

    /** Refuses providers' changes while it says so (downtime). */
    @FunctionalInterface
    public interface WriteGate {
        WriteGate OPEN = () -> Optional.empty();

        Optional<ApiException> refusalForWrites();
    }

    private final RoutesConfig routes;
    private final Authenticator authenticator;
    private final boolean demo;
    private final WriteGate writeGate;
    private final ClientAddress addresses;
    private final List<Route> registered = new ArrayList<>();

    public RouteTable(RoutesConfig routes, Authenticator authenticator, boolean demo) {
        this(routes, authenticator, demo, WriteGate.OPEN);
    }

    public RouteTable(RoutesConfig routes, Authenticator authenticator, boolean demo, WriteGate writeGate) {
        this(routes, authenticator, demo, writeGate, new ClientAddress(null));
    }

    /** @param addresses how a caller's address is told (behind a trusted proxy, from X-Forwarded-For) */
    public RouteTable(RoutesConfig routes, Authenticator authenticator, boolean demo, WriteGate writeGate,
            ClientAddress addresses) {
        this.addresses = addresses;
        this.routes = routes;
        this.authenticator = authenticator;
        this.demo = demo;
        this.writeGate = writeGate;
    }

    public void get(String path, Access access, Handler handler) {
        add(HandlerType.GET, path, access, handler);
    }

    public void post(String path, Access access, Handler handler) {
        add(HandlerType.POST, path, access, handler);
    }

    public void put(String path, Access access, Handler handler) {
        add(HandlerType.PUT, path, access, handler);
    }

    public void delete(String path, Access access, Handler handler) {
        add(HandlerType.DELETE, path, access, handler);
    }

    public List<Route> registered() {
        return List.copyOf(registered);
    }

    /** The methods some route accepts at {@code requestPath}, for the {@code Allow} header of a 405. */
    public List<String> allowedMethods(String requestPath) {
        Set<String> methods = new LinkedHashSet<>();
        for (Route route : registered) {
            if (route.matches(requestPath)) {
                methods.add(route.method().name());
            }
        }
        return List.copyOf(methods);
    }

    /** The caller the guard let through; only for routes that demand a signed-in user. */
    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(CALLER);
        if (caller == null) {
            throw ApiException.notSignedIn();
        }
        return caller;
    }

    /**
     * The caller's address for throttles and audit: the socket's, or the trusted proxy's X-Forwarded-For; an
     * IPv6 address as its /64.
     */
    public static String clientAddress(Context ctx) {
        String address = ctx.attribute(ADDRESS);
        return address != null ? address : ctx.ip();
    }

    /** The {@code {providerId}} of the path, already checked by the guard against the caller's access. */
    public static long providerId(Context ctx) {
        return Long.parseLong(ctx.pathParam(ApiPaths.PROVIDER_ID));
    }

    private void add(HandlerType method, String path, Access access, Handler handler) {
        if (path.contains("{" + ApiPaths.PROVIDER_ID + "}") && access != Access.PROVIDER) {
            throw new IllegalArgumentException(method + " " + path + " names a provider, so only that provider's "
                    + "users may call it: declare it Access.PROVIDER");
        }
        if (access == Access.DEMO_ONLY && !demo) {
            return;
        }
        registered.add(new Route(method, path, access));
        routes.addHttpHandler(method, path, ctx -> {
            ctx.attribute(ADDRESS, addresses.of(ctx.req().getRemoteAddr(), ctx.header("X-Forwarded-For")));
            guard(ctx, access);
            if (method != HandlerType.GET) {
                JsonBodies.requireJsonIfAnyBody(ctx);
            }
            handler.handle(ctx);
        });
    }

    private void guard(Context ctx, Access access) {
        if (access == Access.PUBLIC || access == Access.DEMO_ONLY) {
            return;
        }
        boolean userActivity = !"true".equals(ctx.header(ApiPaths.BACKGROUND_HEADER));
        Caller caller = bearerToken(ctx).flatMap(token -> authenticator.authenticate(token, userActivity))
                .orElseThrow(ApiException::notSignedIn);
        ctx.attribute(CALLER, caller);
        switch (access) {
            case SIGNED_IN -> { }
            case COUNCIL -> requireRole(caller, Role.COUNCIL);
            case PROVIDER -> {
                requireRole(caller, Role.PROVIDER);
                requireProviderAccess(ctx, caller);
                if (!"GET".equals(ctx.method().name())) {
                    writeGate.refusalForWrites().ifPresent(refusal -> {
                        throw refusal;
                    });
                }
            }
            default -> throw new IllegalStateException("Unhandled access " + access);
        }
    }

    private static void requireRole(Caller caller, Role role) {
        if (caller.role() != role) {
            throw ApiException.forbidden(role == Role.COUNCIL
                    ? "This is for council staff only."
                    : "This is for provider staff only.");
        }
    }

    private static void requireProviderAccess(Context ctx, Caller caller) {
        String raw = ctx.pathParamMap().get(ApiPaths.PROVIDER_ID);
        if (raw == null) {
            return;
        }
        long providerId;
        try {
            providerId = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("There is no such provider.");
        }
        if (!caller.mayView(providerId)) {
            throw ApiException.forbidden("You do not have access to this provider.");
        }
    }

    private static Optional<String> bearerToken(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(BEARER) || header.length() <= BEARER.length()) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).trim());
    }
}
