/**
 * Test support for the hand-run screenshot drivers of {@code org.providerdesk.ui}: the real desktop window on
 * the real embedded server in TestFX's (headless Monocle, see the pom's surefire settings) stage, and the
 * pictures it writes.
 */
package org.providerdesk.ui.testing;
