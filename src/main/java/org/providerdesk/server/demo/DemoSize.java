package org.providerdesk.server.demo;

/** How much demo data to make. */
public enum DemoSize {
    /** The demo users' providers and a handful of others: what a first-time user sees. */
    STANDARD(6),
    /** A council serving many providers, for benchmarks. */
    LARGE(120);

    private final int otherProviders;

    DemoSize(int otherProviders) {
        this.otherProviders = otherProviders;
    }

    public int otherProviders() {
        return otherProviders;
    }
}
