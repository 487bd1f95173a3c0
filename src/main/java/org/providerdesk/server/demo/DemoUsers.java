package org.providerdesk.server.demo;

/** The demo accounts, for the login screen's hint, tests and benchmarks. All share one password. */
public final class DemoUsers {

    public static final String PASSWORD = "Westbridge-demo-2026";
    /** Registered manager of one care home. */
    public static final String SINGLE_HOME_MANAGER = "helen.marsh@rosewoodlodge.example";
    /** Administrator of a group with two care homes and a home-care agency. */
    public static final String GROUP_ADMINISTRATOR = "priya.shah@oakleafcare.example";
    /** Council staff (Provider Portal Systems Team). */
    public static final String COUNCIL_OFFICER = "daniel.okafor@westbridge-cc.example";

    private DemoUsers() {
    }
}
