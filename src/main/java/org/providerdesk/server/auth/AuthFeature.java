package org.providerdesk.server.auth;

import org.providerdesk.domain.PasswordPolicy;
import org.providerdesk.server.mail.BackgroundMailer;
import org.providerdesk.server.mail.Mailer;
import org.providerdesk.server.notices.NoticeRepository;
import org.providerdesk.server.providers.ProviderRepository;
import org.providerdesk.server.web.Authenticator;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Accounts, wired: login, code, logout and "who am I" ({@link AuthRoutes}), forgotten and changed passwords
 * ({@link PasswordRoutes}), and the {@link #authenticator()} the route table checks every session with. Login codes
 * are sent while the caller waits (a failure is told at once); password mails go out in the background.
 */
public final class AuthFeature implements Feature {

    private final AuthService auth;
    private final AuthRoutes authRoutes;
    private final PasswordRoutes passwordRoutes;

    /**
     * @param hasher the server's one password hasher (Argon2 is costly: one is shared)
     * @param mailer sends login and password codes
     */
    public AuthFeature(ServerParts parts, PasswordHasher hasher, Mailer mailer) {
        UserRepository users = new UserRepository(parts.jdbc());
        SessionRepository sessions = new SessionRepository(parts.jdbc());
        this.auth = new AuthService(new AuthService.Parts(users, new LoginAttempts(parts.jdbc()), sessions,
                new LoginThrottle(parts.jdbc(), parts.clock()), new ProviderRepository(parts.jdbc()),
                new NoticeRepository(parts.jdbc()), hasher, new Secrets(), mailer, parts.audit(), parts.clock(),
                parts.councilZone()));
        this.authRoutes = new AuthRoutes(auth, parts.bodies());

        Mailer background = new BackgroundMailer(mailer);
        PasswordResets passwordResets = new PasswordResets(parts.jdbc());
        PasswordResetService resets = new PasswordResetService(new PasswordResetService.Parts(parts.jdbc(), users,
                passwordResets, sessions, hasher, new Secrets(), background, parts.audit(), parts.clock(),
                parts.councilZone()));
        PasswordChangeService changes = new PasswordChangeService(new PasswordChangeService.Parts(parts.jdbc(), users,
                sessions, passwordResets, new LoginThrottle(parts.jdbc(), parts.clock()), hasher, background,
                parts.audit(), parts.clock(), parts.councilZone()));
        this.passwordRoutes = new PasswordRoutes(resets, changes, new PasswordPolicy(CommonPasswords.load()),
                parts.bodies());
    }

    /** Tells the route table who holds a session token. */
    public Authenticator authenticator() {
        return auth;
    }

    @Override
    public void register(RouteTable routes) {
        authRoutes.register(routes);
        passwordRoutes.register(routes);
    }
}
