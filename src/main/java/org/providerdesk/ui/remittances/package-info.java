/**
 * The "Remittance advice" page (the Essex guide's Payment Enquiry): payment runs by finalisation (when paid) and
 * by period (when the service was provided), each defaulting to the most recent, with every line's status
 * (paid, retracted, suspended), totals, a filter, sorting, and View / Download Data. Reads the cache only.
 *
 * <p>May use {@code ui.common}, {@code ui.shell}, {@code ui.export}, {@code client} and {@code api}.
 */
package org.providerdesk.ui.remittances;
