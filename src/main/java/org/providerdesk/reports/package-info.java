/**
 * Reports a provider files away: remittance advice (by finalisation or by period), payment schedules (with
 * their Non-payable lines) and care package line items, as PDF (JasperReports, templates compiled at build
 * time), Excel (Apache POI, streaming) and CSV. Plain records in ({@link org.providerdesk.reports.ProviderReport}
 * and its three kinds), bytes or a file out, through {@link org.providerdesk.reports.Reports}.
 *
 * <p>May use the domain, JasperReports and POI; knows nothing of HTTP, the cache or JavaFX. Client names are
 * personal data: they go into the documents, never into logs.
 */
package org.providerdesk.reports;
