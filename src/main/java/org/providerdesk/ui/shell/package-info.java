/**
 * The frame around every page once logged in: navigation, the provider being viewed and the switcher in the
 * top right, Log out, and the status bar (online or offline, last contact with the portal).
 *
 * <p>May use {@code ui.common}, {@code ui.home}, {@code client} and {@code api}.
 */
package org.providerdesk.ui.shell;
