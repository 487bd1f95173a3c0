package org.providerdesk.server.demo;

/** How much demo data to make. */
public enum DemoSize {
    /** The demo users' providers and a handful of others: what a first-time user sees. */
    STANDARD(6, 0),
    /**
     * A council serving many providers, and one "large provider" (Oakleaf House) of DESIGN.md section 7: about
     * 400 clients, 1,200 line items, 5 financial years of schedules and remittances, 3,000 actions.
     */
    LARGE(120, 400);

    private final int otherProviders;
    private final int largeProviderClients;

    DemoSize(int otherProviders, int largeProviderClients) {
        this.otherProviders = otherProviders;
        this.largeProviderClients = largeProviderClients;
    }

    public int otherProviders() {
        return otherProviders;
    }

    /** Clients of Oakleaf House; 0 keeps it the size of the other homes. */
    public int largeProviderClients() {
        return largeProviderClients;
    }

    public boolean isLarge() {
        return largeProviderClients > 0;
    }
}
