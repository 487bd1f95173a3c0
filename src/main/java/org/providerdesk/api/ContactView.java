package org.providerdesk.api;

/**
 * A contact of a provider. Only contacts given access by the council's Systems Team may use the portal
 * ({@code hasPortalAccess}). {@code jobTitle}, {@code email} and {@code phone} may be null.
 */
public record ContactView(long id, long providerId, String name, String jobTitle, String email, String phone,
        boolean hasPortalAccess) {
}
