/**
 * Payment periods (the council's published calendar), payment schedules per provider and period with their
 * lines, confirming and rejecting them (If-Match, idempotent), home-care actual hours, the suspension rule
 * (above the contracted provision: suspended, on the Non-payable tab), the council publishing a period, and the
 * release of suspended lines when a variation is approved; the change sources of periods, schedules and lines.
 *
 * <p>May use {@code server.web}, {@code server.db}, {@code server.sync}, {@code server.audit},
 * {@code server.actions} (only to hear of approved variations: {@code PaymentsFeature.releaseOnApproval}),
 * {@code api} and {@code domain}. Every query of a provider's rows names the provider, so another provider's
 * id is a 404. Client names are personal data: never logged, never audited.
 */
package org.providerdesk.server.payments;
