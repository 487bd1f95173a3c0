package org.providerdesk.api;

/** A council team as the "Assign to" drop-down shows it. */
public record TeamView(String code, String name) {
}
