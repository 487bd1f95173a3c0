/**
 * "View" and "Download Data" for any page that shows a report: {@link org.providerdesk.ui.export.ExportButtons}
 * (the two buttons, a progress bar and Cancel) over {@link org.providerdesk.ui.export.ExportViewModel} (writes
 * the PDF to a temporary file and opens it, or asks where to save an Excel workbook or CSV file, remembering the
 * folder), and {@link org.providerdesk.ui.export.ReportRecords}, which turns the cached api records into the
 * {@code reports} package's records. Works from the cache, so offline too.
 *
 * <p>May use {@code ui.common}, {@code reports}, {@code client} and {@code api}.
 */
package org.providerdesk.ui.export;
