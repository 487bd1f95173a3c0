/**
 * The "Care package line items" page: the provider's line items from the cache, filtered as the user types and
 * sortable, historical ones only with "Include historical", and "Submit action" opening the new action form.
 *
 * <p>May use {@code ui.common}, {@code ui.shell}, {@code client.data}, {@code api} and {@code domain}.
 */
package org.providerdesk.ui.carepackages;
