/**
 * A logged-in (or offline-unlocked) user's working session: the open cache, the sync scheduler and the outbox,
 * opened after login and closed at logout. Logging out closes the cache and forgets the token; the cache stays
 * on disk for offline use.
 *
 * <p>May use {@code client}, {@code client.cache}, {@code client.sync} and {@code api}. No controls, no JavaFX (it is client code: the ui reads it).
 */
package org.providerdesk.client.session;
