package org.providerdesk.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.providerdesk.api.PasswordResetStarted;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.domain.EmailAddress;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.auth.PasswordResets.NewReset;
import org.providerdesk.server.auth.PasswordResets.Reset;
import org.providerdesk.server.auth.UserRepository.User;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.mail.Mailer;
import org.providerdesk.server.web.ApiException;

/**
 * "Forgotten password": a code e-mailed to the address, then the code with a new password. The first step never
 * tells whether the address has an account: known and unknown addresses get the same answer after the same
 * work (one lookup, one stored request, one audit event; the mail goes out on a background thread), and are
 * throttled alike. The second step stores the new password and ends every session of the user.
 */
public final class PasswordResetService {

    /** Requests for one address from one network address in the window: a user trying again, or a pest. */
    static final int REQUESTS_PER_ACCOUNT_AND_ADDRESS = 5;
    /** Requests for one address over all network addresses: enough for the owner, not a mail flood. */
    static final int REQUESTS_PER_ACCOUNT = 10;
    /** Requests from one network address over all e-mail addresses. Care homes share addresses. */
    static final int REQUESTS_PER_ADDRESS = 30;
    /**
     * Wrong codes for one address over all its requests in the window. Each request allows 5, but requests can
     * be repeated: this bounds guessing at about 10 tries in 15 minutes, like login, and a user kept out by it
     * waits at most the window after the guessing stops.
     */
    static final int WRONG_CODES_PER_ACCOUNT = 10;
    static final String STARTED_MESSAGE = "If this e-mail address belongs to a Provider Portal account, we have "
            + "sent a code to it. Enter the code from the email in the Code box. Click Next.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** Everything the service works with. The mailer should send in the background (see BackgroundMailer). */
    public record Parts(Jdbc jdbc, UserRepository users, PasswordResets resets, SessionRepository sessions,
            PasswordHasher hasher, Secrets secrets, Mailer mailer, AuditLog audit, Clock clock, ZoneId councilZone) {
    }

    private final Parts parts;

    public PasswordResetService(Parts parts) {
        this.parts = parts;
    }

    /** Step one. The answer and the work are the same whether or not the address has an active account. */
    public PasswordResetStarted start(String email, String address) {
        Instant now = parts.clock().instant();
        String accountKey = Secrets.sha256(EmailAddress.normalise(email));
        waitBeforeRequesting(accountKey, address, now).ifPresent(wait -> {
            throw tooManyRequests(wait);
        });
        Optional<User> user = parts.users().findByEmail(email).filter(User::active);
        String resetId = parts.secrets().attemptId();
        String code = parts.secrets().sixDigitCode();
        Instant expiresAt = now.plus(AuthRules.CODE_LIFETIME);
        Long userId = user.map(User::id).orElse(null);
        parts.resets().create(new NewReset(resetId, userId, accountKey, address, codeHash(resetId, code), now,
                expiresAt));
        parts.audit().record(userId, "password-reset.requested",
                userId == null ? "account:none" : "user:" + userId, "address:" + address);
        user.ifPresent(found -> parts.mailer().send(found.email(), "Reset your Provider Portal password",
                resetMail(found, code, expiresAt)));
        return new PasswordResetStarted(resetId, expiresAt, STARTED_MESSAGE);
    }

    /**
     * Step two, once the new password has passed the policy: a right code for a pending request stores the new
     * password, ends every session and pending reset of the user, and tells them by e-mail.
     */
    public void finish(String resetId, String code, String newPassword) {
        Instant now = parts.clock().instant();
        Reset reset = parts.resets().find(resetId).filter(Reset::isPending)
                .orElseThrow(PasswordResetService::resetEnded);
        Instant since = now.minus(AuthRules.THROTTLE_WINDOW).minus(AuthRules.CODE_LIFETIME);
        if (parts.resets().wrongCodesSince(reset.accountKey(), since) >= WRONG_CODES_PER_ACCOUNT) {
            throw tooManyRequests(AuthRules.THROTTLE_WINDOW);
        }
        if (!now.isBefore(reset.expiresAt())) {
            parts.resets().markFailed(resetId);
            throw new ApiException(401, ProblemTypes.CODE_EXPIRED, "Code expired",
                    "This code has expired: codes work for 10 minutes. Use Forgotten password again to get a new "
                            + "code.");
        }
        if (!parts.resets().takeGuess(resetId, AuthRules.WRONG_CODES_ALLOWED)) {
            throw tooManyWrongCodes();
        }
        boolean codeMatches = Secrets.sameHash(reset.codeHash(), codeHash(resetId, code));
        if (!codeMatches || reset.userId() == null) {
            throw wrongCode(reset);
        }
        long userId = reset.userId();
        String passwordHash = parts.hasher().hash(newPassword);
        parts.jdbc().inTransaction(() -> {
            if (!parts.resets().markUsed(resetId)) {
                throw resetEnded();
            }
            parts.users().changePasswordHash(userId, passwordHash, now);
            parts.sessions().revokeAllOf(userId, now);
            parts.resets().endPendingOf(userId);
            parts.audit().record(userId, "password-reset.completed", "user:" + userId, "");
            return null;
        });
        parts.users().find(userId).ifPresent(user -> PasswordChangeService.sendChangedMail(parts.mailer(), user,
                now, parts.councilZone()));
    }

    private Optional<Duration> waitBeforeRequesting(String accountKey, String address, Instant now) {
        Instant since = now.minus(AuthRules.THROTTLE_WINDOW);
        PasswordResets resets = parts.resets();
        return latest(latest(
                resets.blockingSince("account_key = ? AND address = ?", REQUESTS_PER_ACCOUNT_AND_ADDRESS, since,
                        accountKey, address),
                resets.blockingSince("account_key = ?", REQUESTS_PER_ACCOUNT, since, accountKey)),
                resets.blockingSince("address = ?", REQUESTS_PER_ADDRESS, since, address))
                .map(blocking -> {
                    Duration wait = Duration.between(now, blocking.plus(AuthRules.THROTTLE_WINDOW));
                    return wait.isNegative() || wait.isZero() ? Duration.ofSeconds(1) : wait;
                });
    }

    private static Optional<Instant> latest(Optional<Instant> a, Optional<Instant> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return a.get().isAfter(b.get()) ? a : b;
    }

    private static ApiException tooManyWrongCodes() {
        return new ApiException(401, ProblemTypes.RESET_ENDED, "Too many wrong codes",
                "That code was wrong " + AuthRules.WRONG_CODES_ALLOWED + " times, so this password reset has "
                        + "ended. Use Forgotten password again to get a new code.");
    }

    private ApiException wrongCode(Reset reset) {
        int wrong = parts.resets().recordWrongCode(reset.id(), AuthRules.WRONG_CODES_ALLOWED);
        parts.audit().record(reset.userId(), "password-reset.code-refused",
                reset.userId() == null ? "account:none" : "user:" + reset.userId(), "");
        int left = AuthRules.WRONG_CODES_ALLOWED - wrong;
        if (wrong < 0 || left <= 0) {
            return tooManyWrongCodes();
        }
        return new ApiException(new Problem(ProblemTypes.WRONG_CODE, "Wrong code", 401,
                "That code is not right. " + (left == 1 ? "You have 1 try left." : "You have " + left
                        + " tries left."), Map.of("code", "That code is not right.")), null);
    }

    private static ApiException resetEnded() {
        return new ApiException(401, ProblemTypes.RESET_ENDED, "Password reset ended",
                "This password reset has ended. Use Forgotten password again to get a new code.");
    }

    private static ApiException tooManyRequests(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new ApiException(new Problem(ProblemTypes.TOO_MANY_ATTEMPTS, "Too many attempts", 429,
                "There have been too many attempts to reset this password. Please wait " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + " and try again.", Map.of()),
                wait.toSeconds());
    }

    private static String codeHash(String resetId, String code) {
        return Secrets.sha256("reset:" + resetId + ":" + code);
    }

    private String resetMail(User user, String code, Instant expiresAt) {
        return "Hello " + user.name() + ",\n\n"
                + "We received a request to reset the password of your Provider Portal account. Your code is:\n\n"
                + "    " + code + "\n\n"
                + "Enter the code from the email in the Code box. Click Next.\n"
                + "Enter a new password. Confirm the new password. Click Finish.\n\n"
                + "The code works once, until " + TIME.format(expiresAt.atZone(parts.councilZone())) + ".\n\n"
                + "If you did not ask to reset your password, you can ignore this e-mail: your password has not "
                + "changed.\n";
    }
}
