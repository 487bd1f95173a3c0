/**
 * Start-up: reads the command line with picocli ({@code Arguments}: the options and the words of {@code --help};
 * {@code Values}: the form of each value; {@code Options}: which options go together), then runs the desktop app
 * (with an embedded demo server when no {@code --server-url} is given), the server alone ({@code --server}), a
 * report ({@code --export}: {@code ExportMode}) or a check of an installation ({@code --self-test}:
 * {@code SelfTest}, pages rendered off-screen by {@code OffscreenPages}). Wires parts with plain constructors;
 * the desktop app also logs into its application-data folder ({@code LogFolder}, before logging starts), set up in
 * code once its window is shown ({@code LogSetup}, the Logback configurator).
 *
 * <p>May use every other package; nothing depends on it.
 */
package org.providerdesk.app;
