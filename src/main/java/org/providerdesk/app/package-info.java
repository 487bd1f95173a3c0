/**
 * Start-up: parses the command line, then runs the desktop app (with an embedded demo server when no
 * {@code --server-url} is given) or the server alone ({@code --server}), or checks an installation
 * ({@code --self-test}: {@code SelfTest}, pages rendered off-screen by {@code OffscreenPages}). Wires parts with
 * plain constructors; the desktop app also logs into its application-data folder ({@code LogFolder}, before logging starts).
 *
 * <p>May use every other package; nothing depends on it.
 */
package org.providerdesk.app;
