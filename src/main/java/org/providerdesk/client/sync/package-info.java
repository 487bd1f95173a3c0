/**
 * Sync between the cache and the portal: push the outbox in order, then pull each provider's changes page by
 * page, each page applied in one transaction with its cursor. Runs on its own thread, on a schedule and on
 * demand, and reports progress and status to listeners.
 *
 * <p>May use {@code client}, {@code client.cache}, {@code api} and {@code domain}. No JavaFX.
 */
package org.providerdesk.client.sync;
