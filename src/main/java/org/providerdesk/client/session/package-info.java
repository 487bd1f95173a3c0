/**
 * A logged-in (or offline-unlocked) user's working session: the open cache, the sync scheduler and the outbox,
 * opened after login and closed at logout. Logging out closes the cache and forgets the token; the cache stays
 * on disk for offline use.
 *
 * <p>May use {@code client}, {@code client.cache}, {@code client.commands}, {@code client.sync} and {@code api}.
 * No JavaFX: it is client code, which the ui reads.
 */
package org.providerdesk.client.session;
