/**
 * What every screen shares: background work ({@link org.providerdesk.ui.common.TaskRunner}), user-facing
 * wording of failures, small layout helpers, and the password box that keeps what is typed in a {@code char[]}
 * ({@link org.providerdesk.ui.common.SecurePasswordField}, {@link org.providerdesk.ui.common.SecretText}).
 *
 * <p>May use JavaFX, {@code client} and {@code api}.
 */
package org.providerdesk.ui.common;
