/**
 * Choosing which provider (care home or agency) to view, for users with access to more than one.
 *
 * <p>May use {@code ui.common} and {@code api}.
 */
package org.providerdesk.ui.providers;
