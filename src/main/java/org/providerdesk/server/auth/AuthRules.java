package org.providerdesk.server.auth;

import java.time.Duration;

/** The numbers of DESIGN.md section 6, in one place. */
public final class AuthRules {

    public static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    public static final int WRONG_CODES_ALLOWED = 5;
    public static final Duration SESSION_IDLE = Duration.ofMinutes(30);
    public static final Duration SESSION_ABSOLUTE = Duration.ofHours(12);
    /** Writing last-seen on every request would make reads into writes; a minute is precise enough. */
    public static final Duration LAST_SEEN_PRECISION = Duration.ofMinutes(1);

    public static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    /** Failed passwords for one account from one address: the usual guessing attack. */
    public static final int FAILURES_PER_ACCOUNT_AND_ADDRESS = 5;
    /** Failed passwords from one address over all accounts: spraying. Care homes share addresses. */
    public static final int FAILURES_PER_ADDRESS = 50;
    /** Failed passwords for one account over all addresses: a distributed attack. */
    public static final int FAILURES_PER_ACCOUNT = 20;
    /** Codes e-mailed to one account: a correct password still may not flood a mailbox. */
    public static final int CODES_PER_ACCOUNT = 5;

    private AuthRules() {
    }
}
