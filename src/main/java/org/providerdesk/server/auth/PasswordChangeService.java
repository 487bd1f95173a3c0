package org.providerdesk.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.auth.UserRepository.User;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.mail.Mailer;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Caller;

/**
 * A signed-in user changes their password: the current one must be right (wrong ones count towards the login
 * throttle, so a stolen session cannot be used to guess it). Every other session of the user ends; the one that
 * made the change goes on.
 */
public final class PasswordChangeService {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("HH:mm 'on' EEEE d MMMM yyyy", Locale.UK);

    /** Everything the service works with. The mailer should send in the background (see BackgroundMailer). */
    public record Parts(Jdbc jdbc, UserRepository users, SessionRepository sessions, PasswordResets resets,
            LoginThrottle throttle, PasswordHasher hasher, Mailer mailer, AuditLog audit, Clock clock,
            ZoneId councilZone) {
    }

    private final Parts parts;

    public PasswordChangeService(Parts parts) {
        this.parts = parts;
    }

    /** Changes the password once the new one has passed the policy. */
    public void change(Caller caller, String currentPassword, String newPassword, String address) {
        User user = parts.users().find(caller.userId()).orElseThrow(ApiException::notSignedIn);
        parts.throttle().waitBeforeTrying(user.email(), address).ifPresent(wait -> {
            throw tooManyAttempts(wait);
        });
        if (!parts.hasher().matches(currentPassword, user.passwordHash())) {
            parts.throttle().recordFailure(user.email(), address);
            parts.audit().record(user.id(), "password-change.refused", "user:" + user.id(), "address:" + address);
            throw new ApiException(new Problem(ProblemTypes.WRONG_CREDENTIALS, "Current password not right", 422,
                    "The current password is not right. Check it and try again.",
                    Map.of("currentPassword", "This is not your current password.")), null);
        }
        Instant now = parts.clock().instant();
        String passwordHash = parts.hasher().hash(newPassword);
        parts.jdbc().inTransaction(() -> {
            parts.users().changePasswordHash(user.id(), passwordHash, now);
            parts.sessions().revokeAllOfExcept(user.id(), caller.sessionKey(), now);
            parts.resets().endPendingOf(user.id());
            parts.audit().record(user.id(), "password.changed", "user:" + user.id(), "");
            return null;
        });
        sendChangedMail(parts.mailer(), user, now, parts.councilZone());
    }

    /** Tells the user their password changed, so that a change they did not make does not go unnoticed. */
    static void sendChangedMail(Mailer mailer, User user, Instant when, ZoneId zone) {
        mailer.send(user.email(), "Your Provider Portal password was changed", "Hello " + user.name() + ",\n\n"
                + "The password of your Provider Portal account was changed at " + WHEN.format(when.atZone(zone))
                + ". Any other sessions of your account have been logged out.\n\n"
                + "If you did not change it, contact the council's Provider Portal Systems Team at once.\n");
    }

    private static ApiException tooManyAttempts(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new ApiException(new Problem(ProblemTypes.TOO_MANY_ATTEMPTS, "Too many attempts", 429,
                "There have been too many wrong passwords. Please wait " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + " and try again.", Map.of()),
                wait.toSeconds());
    }
}
