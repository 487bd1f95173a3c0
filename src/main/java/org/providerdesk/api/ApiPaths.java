package org.providerdesk.api;

/** Every path of the portal API, in one place so the client and the server cannot drift apart. */
public final class ApiPaths {

    public static final String BASE = "/api/v1";
    public static final String PROVIDER_ID = "providerId";

    /** Public: the council's name and any notice that blocks login, for the login screen. */
    public static final String PORTAL = BASE + "/portal";
    public static final String LOGIN = BASE + "/auth/login";
    public static final String LOGIN_CODE = BASE + "/auth/code";
    public static final String LOGOUT = BASE + "/auth/logout";
    public static final String ME = BASE + "/me";
    public static final String PROVIDER_HOME = BASE + "/providers/{" + PROVIDER_ID + "}/home";
    /** The sync feed: every synced kind changed after a cursor, with tombstones. */
    public static final String PROVIDER_CHANGES = BASE + "/providers/{" + PROVIDER_ID + "}/changes";
    public static final String PROVIDER_CARE_PACKAGES = BASE + "/providers/{" + PROVIDER_ID + "}/care-packages";
    public static final String PROVIDER_CLIENTS = BASE + "/providers/{" + PROVIDER_ID + "}/clients";
    /** Sent as "true" on the desktop's background sync requests, which do not count as the user being active. */
    public static final String BACKGROUND_HEADER = "Provider-Desk-Background";
    /** The header that makes a write safe to retry. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Only on a demo server: the last e-mails the demo mailbox received instead of sending them. */
    public static final String DEMO_INBOX = BASE + "/demo/inbox";

    private ApiPaths() {
    }

    public static String providerHome(long providerId) {
        return forProvider(PROVIDER_HOME, providerId);
    }

    /** A provider-scoped path with the provider's id filled in. */
    public static String forProvider(String path, long providerId) {
        return path.replace("{" + PROVIDER_ID + "}", Long.toString(providerId));
    }
}
