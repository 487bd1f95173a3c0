package org.providerdesk.server.auth;

import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.CodeRequest;
import org.providerdesk.api.LoginRequest;
import org.providerdesk.domain.EmailAddress;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.RequestBodies;
import org.providerdesk.server.web.RouteTable;

/** Login, code, logout and "who am I". */
public final class AuthRoutes {

    private static final int MAX_PASSWORD = 1024;
    private static final int MAX_ID = 64;

    private final AuthService auth;
    private final RequestBodies bodies;

    public AuthRoutes(AuthService auth, RequestBodies bodies) {
        this.auth = auth;
        this.bodies = bodies;
    }

    public void register(RouteTable routes) {
        routes.post(ApiPaths.LOGIN, Access.PUBLIC, ctx -> {
            LoginRequest request = bodies.read(ctx, LoginRequest.class);
            FieldErrors errors = new FieldErrors()
                    .requireText("email", request.email(), EmailAddress.MAX_LENGTH, "Enter your e-mail address.")
                    .requireText("password", request.password(), MAX_PASSWORD, "Enter your password.");
            if (!errors.has("email") && !EmailAddress.isPlausible(request.email())) {
                errors.add("email", "Enter an e-mail address like name@example.org.");
            }
            errors.throwIfAny();
            ctx.status(201).json(auth.startLogin(request.email(), request.password(), RouteTable.clientAddress(ctx)));
        });
        routes.post(ApiPaths.LOGIN_CODE, Access.PUBLIC, ctx -> {
            CodeRequest request = bodies.read(ctx, CodeRequest.class);
            FieldErrors errors = new FieldErrors()
                    .requireText("attemptId", request.attemptId(), MAX_ID, "Log in again to get a new code.")
                    .requireText("code", request.code(), 6, "Enter the code from the e-mail.");
            if (!errors.has("code") && !request.code().matches("\\d{6}")) {
                errors.add("code", "The code is the 6 digits from the e-mail.");
            }
            errors.throwIfAny();
            ctx.json(auth.finishLogin(request.attemptId(), request.code()));
        });
        routes.post(ApiPaths.LOGOUT, Access.SIGNED_IN, ctx -> {
            auth.logout(RouteTable.caller(ctx));
            ctx.status(204);
        });
        routes.get(ApiPaths.ME, Access.SIGNED_IN, ctx -> ctx.json(auth.userInfo(RouteTable.caller(ctx).userId())));
    }
}
