package org.providerdesk.api;

/** The {@code type} URIs of {@link Problem}s that a client may act on. */
public final class ProblemTypes {

    private static final String PREFIX = "https://providerdesk.org/problems/";

    public static final String VALIDATION = PREFIX + "validation";
    public static final String MALFORMED_REQUEST = PREFIX + "malformed-request";
    public static final String NOT_SIGNED_IN = PREFIX + "not-signed-in";
    public static final String FORBIDDEN = PREFIX + "forbidden";
    public static final String NOT_FOUND = PREFIX + "not-found";
    public static final String WRONG_CREDENTIALS = PREFIX + "wrong-credentials";
    public static final String WRONG_CODE = PREFIX + "wrong-code";
    public static final String CODE_EXPIRED = PREFIX + "code-expired";
    public static final String LOGIN_ATTEMPT_ENDED = PREFIX + "login-attempt-ended";
    /** The password reset was used, failed or is unknown: ask for a new code. */
    public static final String RESET_ENDED = PREFIX + "reset-ended";
    public static final String TOO_MANY_ATTEMPTS = PREFIX + "too-many-attempts";
    public static final String DOWNTIME = PREFIX + "downtime";
    public static final String MAIL_FAILED = PREFIX + "mail-failed";
    public static final String TOO_LARGE = PREFIX + "too-large";
    public static final String METHOD_NOT_ALLOWED = PREFIX + "method-not-allowed";
    /** 415: a request body that is not {@code application/json}. */
    public static final String UNSUPPORTED_MEDIA_TYPE = PREFIX + "unsupported-media-type";
    /**
     * 410 on {@code GET /changes}: the cursor is older than the deletions the server still keeps, so the feed
     * cannot say what was removed since; the client drops its copy and syncs again from cursor 0.
     */
    public static final String SYNC_FROM_START = PREFIX + "sync-from-start";
    public static final String SERVER_ERROR = PREFIX + "server-error";
    public static final String IDEMPOTENCY_KEY_REUSED = PREFIX + "idempotency-key-reused";
    /** 412: the record changed since the client read it (If-Match did not match its ETag). */
    public static final String STALE = PREFIX + "stale";
    /** 428: a write that needs If-Match came without it. */
    public static final String PRECONDITION_REQUIRED = PREFIX + "precondition-required";
    /** 409: the request does not fit the record's state (for example, the period is closed). */
    public static final String CONFLICT = PREFIX + "conflict";
    /** 422: the request is well formed but breaks a business rule (for example, a variation over the limit). */
    public static final String RULE_BROKEN = PREFIX + "rule-broken";

    private ProblemTypes() {
    }
}
