/**
 * A provider's organisation details and contacts, as the council holds them: read-only on the portal (changes
 * go to the council through the usual process), and synced to the desktop client as the kinds
 * {@code organisation} and {@code contact}. A contact with portal access is one linked to a portal user.
 *
 * <p>May use {@code server.web}, {@code server.db}, {@code server.sync}, {@code api} and {@code domain}.
 */
package org.providerdesk.server.organisation;
