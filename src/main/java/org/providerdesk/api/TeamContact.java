package org.providerdesk.api;

/** A council team, how to reach it and what to contact it about. */
public record TeamContact(String name, String email, String phone, String contactAbout) {
}
