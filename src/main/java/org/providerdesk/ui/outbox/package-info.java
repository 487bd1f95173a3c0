/**
 * The "Waiting to send" page: changes the user made that are kept on this computer until the portal accepts
 * them. Pending changes say when the next try is; changes the portal refused show its reason and can be sent
 * again or discarded.
 *
 * <p>May use {@code ui.common}, {@code client.cache} and {@code api}.
 */
package org.providerdesk.ui.outbox;
