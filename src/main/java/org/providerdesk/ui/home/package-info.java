/**
 * The home page of the provider being viewed: provider notices (downtime stands out), the council's team
 * contact table and its links (manuals, the payment period schedule).
 *
 * <p>May use {@code ui.common}, {@code client} and {@code api}.
 */
package org.providerdesk.ui.home;
