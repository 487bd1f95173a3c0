/**
 * The "Organisation details" page: the correspondence details the council holds for the provider, read-only,
 * with the guide's note that changes go through the usual process. Reads the cache only.
 *
 * <p>May use {@code ui.common}, {@code ui.shell}, {@code client} and {@code api}.
 */
package org.providerdesk.ui.organisation;
