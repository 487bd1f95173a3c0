package org.providerdesk.api;

/** A link the council publishes: manuals, the payment period schedule, guidance. */
public record CouncilLink(String title, String url, String description) {
}
