package org.providerdesk.api;

import org.providerdesk.domain.ProviderKind;

/**
 * A provider's organisation details as the council holds them (its correspondence details). Read-only on the
 * portal: changes go to the council through the usual process. {@code phone} and {@code email} may be null.
 */
public record OrganisationView(long id, String name, ProviderKind kind, String councilReference, String address,
        String postcode, String phone, String email) {
}
