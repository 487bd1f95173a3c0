package org.providerdesk.domain;

/** Residential providers (care homes) are paid from the agreement; home-care providers submit actual hours. */
public enum ProviderKind {
    RESIDENTIAL("Care home"),
    HOME_CARE("Home care");

    private final String label;

    ProviderKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
