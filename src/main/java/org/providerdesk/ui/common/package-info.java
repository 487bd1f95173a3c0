/**
 * What every screen shares: the background runner ({@link org.providerdesk.ui.common.TaskRunner}, with
 * {@link org.providerdesk.ui.common.LatestRequest} for "latest request wins"), the dialog service
 * ({@link org.providerdesk.ui.common.DialogService}; views never make an {@code Alert}), diagnostic details
 * without personal data, user-facing wording of failures, date formats (and UK dates in date pickers,
 * {@link org.providerdesk.ui.common.UkDates}), small layout helpers (table cells that wrap,
 * {@link org.providerdesk.ui.common.WrappingCells}), keyboard helpers ({@link org.providerdesk.ui.common.KeyboardFocus}:
 * Tab out of text areas, focus into a page, first row on focus), and the password
 * box that keeps what is typed in a {@code char[]} ({@link org.providerdesk.ui.common.SecurePasswordField},
 * {@link org.providerdesk.ui.common.SecretText}).
 *
 * <p>May use JavaFX, {@code client} and {@code api}.
 */
package org.providerdesk.ui.common;
