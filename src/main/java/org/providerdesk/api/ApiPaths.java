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
    /** Only on a demo server: the last e-mails the demo mailbox received instead of sending them. */
    public static final String DEMO_INBOX = BASE + "/demo/inbox";

    private ApiPaths() {
    }

    public static String providerHome(long providerId) {
        return PROVIDER_HOME.replace("{" + PROVIDER_ID + "}", Long.toString(providerId));
    }
}
