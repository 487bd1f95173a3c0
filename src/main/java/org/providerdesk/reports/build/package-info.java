/**
 * Build-time tools of the reports: the step that compiles the JRXML templates into {@code .jasper} files
 * during the Maven build. Uses JasperReports only; nothing at run time calls it.
 */
package org.providerdesk.reports.build;
