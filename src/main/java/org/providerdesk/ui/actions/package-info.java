/**
 * The "Actions and change requests" page: the list (open only by default, overdue ones marked in words), the
 * "New action" form with the guide's variation template checked by {@code domain.VariationRules}, an action's
 * history oldest first with Reply, unread marks and a desktop notice when a council reply arrives with a sync.
 * Works from the cache through {@code client.data} readers; new actions and replies go through
 * {@code client.commands} and show at once as waiting to send.
 *
 * <p>May use {@code ui.common}, {@code ui.shell}, {@code client}, {@code api} and {@code domain}.
 */
package org.providerdesk.ui.actions;
