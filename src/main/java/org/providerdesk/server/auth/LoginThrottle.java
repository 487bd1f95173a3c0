package org.providerdesk.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.providerdesk.domain.EmailAddress;
import org.providerdesk.server.db.Jdbc;

/**
 * Counts failed passwords in a sliding window. Guessing from one address is stopped early (per account and
 * address), while the owner, coming from another address, is only shut out by a distributed attack, and
 * never for longer than the window after the attack stops.
 */
public final class LoginThrottle {

    private final Jdbc jdbc;
    private final Clock clock;

    public LoginThrottle(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how long the caller must wait before trying again, when they must */
    public Optional<Duration> waitBeforeTrying(String email, String address) {
        Instant now = clock.instant();
        Instant since = now.minus(AuthRules.THROTTLE_WINDOW);
        String account = accountKey(email);
        Instant blockingUntilAged = null;
        blockingUntilAged = later(blockingUntilAged, blockingSince("account_key = ? AND address = ?",
                AuthRules.FAILURES_PER_ACCOUNT_AND_ADDRESS, since, account, address));
        blockingUntilAged = later(blockingUntilAged, blockingSince("address = ?", AuthRules.FAILURES_PER_ADDRESS,
                since, address));
        blockingUntilAged = later(blockingUntilAged, blockingSince("account_key = ?", AuthRules.FAILURES_PER_ACCOUNT,
                since, account));
        if (blockingUntilAged == null) {
            return Optional.empty();
        }
        Duration wait = Duration.between(now, blockingUntilAged.plus(AuthRules.THROTTLE_WINDOW));
        return Optional.of(wait.isNegative() ? Duration.ofSeconds(1) : wait);
    }

    public void recordFailure(String email, String address) {
        Instant now = clock.instant();
        jdbc.insert("INSERT INTO login_failure (account_key, address, failed_at) VALUES (?, ?, ?)",
                accountKey(email), address, now);
        jdbc.update("DELETE FROM login_failure WHERE failed_at < ?", now.minus(Duration.ofDays(1)));
    }

    /**
     * When {@code limit} failures in the window match, the time of the one that must age out before another
     * try is allowed; otherwise null.
     */
    private Instant blockingSince(String where, int limit, Instant since, Object... keys) {
        Object[] params = new Object[keys.length + 1];
        System.arraycopy(keys, 0, params, 0, keys.length);
        params[keys.length] = since;
        return jdbc.first("SELECT failed_at FROM login_failure WHERE " + where + " AND failed_at > ? "
                + "ORDER BY failed_at DESC LIMIT 1 OFFSET " + (limit - 1),
                row -> Jdbc.instant(row, "failed_at"), params).orElse(null);
    }

    private static Instant later(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.isAfter(b) ? a : b;
    }

    /** Typed e-mail addresses are kept only as hashes: they may be mistyped personal data. */
    private static String accountKey(String email) {
        return Secrets.sha256(EmailAddress.normalise(email));
    }
}
