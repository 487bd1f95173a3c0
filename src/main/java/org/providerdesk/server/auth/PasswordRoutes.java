package org.providerdesk.server.auth;

import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.PasswordChangeRequest;
import org.providerdesk.api.PasswordResetConfirmation;
import org.providerdesk.api.PasswordResetRequest;
import org.providerdesk.domain.EmailAddress;
import org.providerdesk.domain.PasswordPolicy;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.RequestBodies;
import org.providerdesk.server.web.RouteTable;

/**
 * Forgotten password ({@code POST /auth/password-reset}, then {@code /auth/password-reset/confirm}), both public,
 * and changing one's password when signed in ({@code POST /auth/password}). New passwords must pass the
 * {@link PasswordPolicy} and be typed twice alike.
 */
public final class PasswordRoutes {

    private static final int MAX_PASSWORD = 1024;
    private static final int MAX_ID = 64;

    private final PasswordResetService resets;
    private final PasswordChangeService changes;
    private final PasswordPolicy policy;
    private final RequestBodies bodies;

    public PasswordRoutes(PasswordResetService resets, PasswordChangeService changes, PasswordPolicy policy,
            RequestBodies bodies) {
        this.resets = resets;
        this.changes = changes;
        this.policy = policy;
        this.bodies = bodies;
    }

    public void register(RouteTable routes) {
        routes.post(AccountPaths.PASSWORD_RESET, Access.PUBLIC, ctx -> {
            PasswordResetRequest request = bodies.read(ctx, PasswordResetRequest.class);
            FieldErrors errors = new FieldErrors()
                    .requireText("email", request.email(), EmailAddress.MAX_LENGTH, "Enter your e-mail address.");
            if (!errors.has("email") && !EmailAddress.isPlausible(request.email())) {
                errors.add("email", "Enter an e-mail address like name@example.org.");
            }
            errors.throwIfAny();
            ctx.status(202).json(resets.start(request.email(), RouteTable.clientAddress(ctx)));
        });
        routes.post(AccountPaths.PASSWORD_RESET_CONFIRM, Access.PUBLIC, ctx -> {
            PasswordResetConfirmation request = bodies.read(ctx, PasswordResetConfirmation.class);
            FieldErrors errors = new FieldErrors()
                    .requireText("resetId", request.resetId(), MAX_ID, "Use Forgotten password again to get a code.")
                    .requireText("code", request.code(), 6, "Enter the code from the e-mail.");
            if (!errors.has("code") && !request.code().matches("\\d{6}")) {
                errors.add("code", "The code is the 6 digits from the e-mail.");
            }
            checkNewPassword(request.newPassword(), request.confirmPassword(), errors);
            errors.throwIfAny();
            resets.finish(request.resetId(), request.code(), request.newPassword());
            ctx.status(204);
        });
        routes.post(AccountPaths.PASSWORD, Access.SIGNED_IN, ctx -> {
            PasswordChangeRequest request = bodies.read(ctx, PasswordChangeRequest.class);
            FieldErrors errors = new FieldErrors().requireText("currentPassword", request.currentPassword(),
                    MAX_PASSWORD, "Enter your current password.");
            checkNewPassword(request.newPassword(), request.confirmPassword(), errors);
            if (!errors.has("newPassword") && request.newPassword().equals(request.currentPassword())) {
                errors.add("newPassword", "Choose a password different from your current one.");
            }
            errors.throwIfAny();
            changes.change(RouteTable.caller(ctx), request.currentPassword(), request.newPassword(), RouteTable.clientAddress(ctx));
            ctx.status(204);
        });
    }

    private void checkNewPassword(String newPassword, String confirmPassword, FieldErrors errors) {
        policy.problemWith(newPassword).ifPresent(problem -> errors.add("newPassword", problem));
        if (confirmPassword == null || confirmPassword.isEmpty()) {
            errors.add("confirmPassword", "Enter the new password again.");
        } else if (!confirmPassword.equals(newPassword)) {
            errors.add("confirmPassword", "The two new passwords are not the same.");
        }
    }
}
