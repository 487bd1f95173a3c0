/**
 * Clients (the people in care) and care package line items (service orders): current and, when asked,
 * historical; their change sources for sync.
 *
 * <p>May use {@code server.web}, {@code server.db}, {@code server.sync}, {@code api} and {@code domain}. Client
 * names are personal data: never logged.
 */
package org.providerdesk.server.carepackages;
