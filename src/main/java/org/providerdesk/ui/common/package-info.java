/**
 * What every screen shares: background work ({@link org.providerdesk.ui.common.TaskRunner}), user-facing
 * wording of failures, and small layout helpers.
 *
 * <p>May use JavaFX, {@code client} and {@code api}.
 */
package org.providerdesk.ui.common;
