package org.providerdesk.api;

import org.providerdesk.domain.ProviderKind;

/** A care home or home-care agency as it appears in the provider list and switcher. */
public record ProviderSummary(long id, String name, ProviderKind kind, String councilReference) {
}
