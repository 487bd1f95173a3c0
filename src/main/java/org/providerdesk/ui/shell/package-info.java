/**
 * The frame around every page once logged in: the navigation built from a list of
 * {@link org.providerdesk.ui.shell.Page}s, the {@link org.providerdesk.ui.shell.Navigator} with its back stack
 * (Back button, Alt+Left, the mouse's back button; Ctrl+1..9), the provider being viewed and the switcher in the
 * top right, Log out, and the status bar (online or offline in words, last contact, sync). Each page is built
 * from one {@link org.providerdesk.ui.shell.ProviderScope}; the list of pages is {@code org.providerdesk.ui.Pages}.
 *
 * <p>May use {@code ui.common}, {@code ui.session}, {@code client} and {@code api}; never a screen's package.
 */
package org.providerdesk.ui.shell;
