/**
 * Remittance advice: payment runs (finalised by the council from confirmed schedules), their lines per client,
 * service and period (paid, retracted, suspended), the two views of the guide (by finalisation, by period,
 * defaulting to the most recent), and their change sources.
 *
 * <p>May use {@code server.payments} (periods), {@code server.web}, {@code server.db},
 * {@code server.sync}, {@code server.audit}, {@code api} and {@code domain}. Every query of a provider's lines
 * names the provider. Client names are never logged.
 */
package org.providerdesk.server.remittances;
