/**
 * Start-up: parses the command line, then runs the desktop app (with an embedded demo server when no
 * {@code --server-url} is given) or the server alone ({@code --server}). Wires parts with plain constructors.
 *
 * <p>May use every other package; nothing depends on it.
 */
package org.providerdesk.app;
