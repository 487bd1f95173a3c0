package org.providerdesk.server.web;

/** Who may call a route. Every route declares one; there is no default. */
public enum Access {
    /** Anyone, signed in or not (login, the portal's public status). */
    PUBLIC,
    /** Anyone, but only on a demo server (the demo mailbox). Absent otherwise. */
    DEMO_ONLY,
    /** Any signed-in user, provider or council. */
    SIGNED_IN,
    /**
     * A signed-in provider user. When the path holds {@code {providerId}}, the user must have access to that
     * provider.
     */
    PROVIDER,
    /** A signed-in council user. */
    COUNCIL
}
