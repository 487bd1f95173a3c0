package org.providerdesk.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.providerdesk.api.LoginChallenge;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.api.UserInfo;
import org.providerdesk.domain.EmailAddress;
import org.providerdesk.domain.Role;
import org.providerdesk.domain.Notice;
import org.providerdesk.server.audit.AuditLog;
import org.providerdesk.server.auth.LoginAttempts.Attempt;
import org.providerdesk.server.auth.UserRepository.User;
import org.providerdesk.server.mail.MailFailedException;
import org.providerdesk.server.mail.Mailer;
import org.providerdesk.server.notices.Downtime;
import org.providerdesk.server.notices.NoticeRepository;
import org.providerdesk.server.providers.ProviderRepository;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Authenticator;
import org.providerdesk.server.web.Caller;

/** Login in two steps (password, then e-mailed code), sessions and logout. */
public final class AuthService implements Authenticator {

    private final UserRepository users;
    private final LoginAttempts attempts;
    private final SessionRepository sessions;
    private final LoginThrottle throttle;
    private final ProviderRepository providers;
    private final Downtime downtime;
    private final PasswordHasher hasher;
    private final Secrets secrets;
    private final Mailer mailer;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId councilZone;

    /** Everything the service works with; plain parameters would be too many to read. */
    public record Parts(UserRepository users, LoginAttempts attempts, SessionRepository sessions,
            LoginThrottle throttle, ProviderRepository providers, NoticeRepository notices, PasswordHasher hasher,
            Secrets secrets, Mailer mailer, AuditLog audit, Clock clock, ZoneId councilZone) {
    }

    public AuthService(Parts parts) {
        this.users = parts.users();
        this.attempts = parts.attempts();
        this.sessions = parts.sessions();
        this.throttle = parts.throttle();
        this.providers = parts.providers();
        this.downtime = new Downtime(parts.notices(), parts.clock(), parts.councilZone());
        this.hasher = parts.hasher();
        this.secrets = parts.secrets();
        this.mailer = parts.mailer();
        this.audit = parts.audit();
        this.clock = parts.clock();
        this.councilZone = parts.councilZone();
    }

    /** Step one: checks the password and e-mails a code. Unknown e-mail and wrong password look the same. */
    public LoginChallenge startLogin(String email, String password, String address) {
        throttle.waitBeforeTrying(email, address).ifPresent(wait -> {
            throw tooManyAttempts(wait);
        });
        Optional<User> found = users.findByEmail(email);
        boolean passwordMatches = found.isPresent()
                ? hasher.matches(password, found.get().passwordHash())
                : hasher.matchesNothing(password);
        if (!passwordMatches || !found.get().active()) {
            throttle.recordFailure(email, address);
            audit.record(found.map(User::id).orElse(null), "login.password-refused", "address:" + address, "");
            throw new ApiException(401, ProblemTypes.WRONG_CREDENTIALS, "Not recognised",
                    "The e-mail address or password is not right. Check them and try again.");
        }
        User user = found.get();
        refuseProvidersDuringDowntime(user.role());
        Instant now = clock.instant();
        if (attempts.startedSince(user.id(), now.minus(AuthRules.THROTTLE_WINDOW)) >= AuthRules.CODES_PER_ACCOUNT) {
            throw tooManyAttempts(AuthRules.THROTTLE_WINDOW);
        }
        return sendCode(user, now);
    }

    private LoginChallenge sendCode(User user, Instant now) {
        String attemptId = secrets.attemptId();
        String code = secrets.sixDigitCode();
        Instant expiresAt = now.plus(AuthRules.CODE_LIFETIME);
        attempts.create(attemptId, user.id(), codeHash(attemptId, code), now, expiresAt);
        try {
            mailer.send(user.email(), "Your Provider Portal authentication code", codeMail(user, code, expiresAt));
        } catch (MailFailedException e) {
            attempts.markFailed(attemptId);
            throw new ApiException(503, ProblemTypes.MAIL_FAILED, "Code not sent",
                    "The portal could not e-mail your authentication code just now. Please try again in a few "
                            + "minutes.");
        }
        audit.record(user.id(), "login.code-sent", "user:" + user.id(), "");
        return new LoginChallenge(attemptId, EmailAddress.masked(user.email()), expiresAt);
    }

    /** Step two: a correct code for a pending attempt opens a new session. */
    public SessionInfo finishLogin(String attemptId, String code) {
        Attempt attempt = attempts.find(attemptId).filter(Attempt::isPending)
                .orElseThrow(AuthService::attemptEnded);
        Instant now = clock.instant();
        if (!now.isBefore(attempt.expiresAt())) {
            attempts.markFailed(attemptId);
            throw new ApiException(401, ProblemTypes.CODE_EXPIRED, "Code expired",
                    "This code has expired: codes work for 10 minutes. Log in again to get a new code.");
        }
        if (!attempts.takeGuess(attemptId, AuthRules.WRONG_CODES_ALLOWED)) {
            throw tooManyWrongCodes();
        }
        if (!Secrets.sameHash(attempt.codeHash(), codeHash(attemptId, code))) {
            throw wrongCode(attemptId, attempt.userId());
        }
        users.find(attempt.userId()).ifPresent(user -> refuseProvidersDuringDowntime(user.role()));
        if (!attempts.markUsed(attemptId)) {
            throw attemptEnded();
        }
        return openSession(attempt.userId(), now);
    }

    private static ApiException tooManyWrongCodes() {
        return new ApiException(401, ProblemTypes.LOGIN_ATTEMPT_ENDED, "Too many wrong codes",
                "That code was wrong " + AuthRules.WRONG_CODES_ALLOWED + " times, so this login has ended. "
                        + "Log in again to get a new code.");
    }

    private ApiException wrongCode(String attemptId, long userId) {
        int wrong = attempts.recordWrongCode(attemptId, AuthRules.WRONG_CODES_ALLOWED);
        audit.record(userId, "login.code-refused", "user:" + userId, "");
        int left = AuthRules.WRONG_CODES_ALLOWED - wrong;
        if (wrong < 0 || left <= 0) {
            return tooManyWrongCodes();
        }
        return new ApiException(new Problem(ProblemTypes.WRONG_CODE, "Wrong code", 401,
                "That code is not right. " + (left == 1 ? "You have 1 try left." : "You have " + left
                        + " tries left."), Map.of("code", "That code is not right.")), null);
    }

    private SessionInfo openSession(long userId, Instant now) {
        User user = users.find(userId).orElseThrow(AuthService::attemptEnded);
        String token = secrets.sessionToken();
        Instant expiresAt = now.plus(AuthRules.SESSION_ABSOLUTE);
        sessions.create(Secrets.sha256(token), userId, now, expiresAt);
        audit.record(userId, "login", "user:" + userId, "");
        return new SessionInfo(token, userInfo(user), AuthRules.SESSION_IDLE.toSeconds(), expiresAt);
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken, boolean userActivity) {
        Instant now = clock.instant();
        String tokenHash = Secrets.sha256(bearerToken);
        return sessions.findLive(tokenHash, now, now.minus(AuthRules.SESSION_IDLE)).flatMap(session -> {
            if (userActivity && session.lastSeenAt().isBefore(now.minus(AuthRules.LAST_SEEN_PRECISION))) {
                sessions.touch(tokenHash, now);
            }
            return users.find(session.userId()).map(user ->
                    new Caller(user.id(), user.role(), tokenHash, providers.providerIdsOf(user.id())));
        });
    }

    public UserInfo userInfo(long userId) {
        return userInfo(users.find(userId).orElseThrow(ApiException::notSignedIn));
    }

    public void logout(Caller caller) {
        sessions.revoke(caller.sessionKey(), clock.instant());
        audit.record(caller.userId(), "logout", "user:" + caller.userId(), "");
    }

    private UserInfo userInfo(User user) {
        return new UserInfo(user.id(), user.name(), user.email(), user.role(), providers.providersOf(user.id()));
    }

    /**
     * Downtime blocks providers only: council staff must still be able to log in, not least to end a notice that
     * was posted without an end. Checked after the password, so it tells a stranger nothing.
     */
    private void refuseProvidersDuringDowntime(Role role) {
        if (role == Role.COUNCIL) {
            return;
        }
        Optional<ApiException> refusal = downtime.refusal("Login is blocked");
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static String codeHash(String attemptId, String code) {
        return Secrets.sha256(attemptId + ":" + code);
    }

    private String codeMail(User user, String code, Instant expiresAt) {
        return "Hello " + user.name() + ",\n\n"
                + "Your Provider Portal authentication code is:\n\n    " + code + "\n\n"
                + "Enter it in the Code box and select Finish. It works once, until "
                + DateTimeFormatter.ofPattern("HH:mm", Locale.UK).format(expiresAt.atZone(councilZone)) + ".\n\n"
                + "If you did not just try to log in, someone knows your password: change it and tell the "
                + "council's Systems Team.\n";
    }

    private static ApiException attemptEnded() {
        return new ApiException(401, ProblemTypes.LOGIN_ATTEMPT_ENDED, "Login ended",
                "This login attempt has ended. Log in again to get a new code.");
    }

    private static ApiException tooManyAttempts(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return new ApiException(new Problem(ProblemTypes.TOO_MANY_ATTEMPTS, "Too many attempts", 429,
                "There have been too many attempts to log in. Please wait " + minutes
                        + (minutes == 1 ? " minute" : " minutes") + " and try again.", Map.of()),
                wait.toSeconds());
    }
}
