/**
 * The home page of the provider being viewed: provider notices (downtime stands out), the council's team
 * contact table and its links (manuals, the payment period schedule).
 *
 * <p>May use {@code ui.common}, {@code ui.shell} (other pages only through its capabilities, such as
 * {@code ActionSummaries} and {@code SchedulePages}), {@code client} and {@code api}.
 */
package org.providerdesk.ui.home;
