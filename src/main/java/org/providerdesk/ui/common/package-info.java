/**
 * What every screen shares: the background runner ({@link org.providerdesk.ui.common.TaskRunner}, with
 * {@link org.providerdesk.ui.common.LatestRequest} for "latest request wins"), the dialog service
 * ({@link org.providerdesk.ui.common.DialogService}; views never make an {@code Alert}), diagnostic details
 * without personal data, user-facing wording of failures, date formats and small layout helpers.
 *
 * <p>May use JavaFX, {@code client} and {@code api}.
 */
package org.providerdesk.ui.common;
