/**
 * Providers (care homes and home-care agencies), their contacts, and which portal users may view which
 * provider.
 *
 * <p>May use {@code server.db}, {@code server.sync} (change numbers), {@code api} and {@code domain}.
 */
package org.providerdesk.server.providers;
