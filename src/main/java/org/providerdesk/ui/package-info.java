/**
 * The JavaFX desktop client: one package per screen, each with a View that only builds and binds controls
 * and a ViewModel that holds the screen's state and rules (tested without a screen).
 * {@link org.providerdesk.ui.DeskWindow} moves between screens.
 *
 * <p>May use {@code client}, {@code api}, {@code domain} (and later {@code reports}); never {@code server}.
 * Network and disk work never runs on the JavaFX thread: it goes through
 * {@link org.providerdesk.ui.common.TaskRunner}.
 */
package org.providerdesk.ui;
