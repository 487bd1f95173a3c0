package org.providerdesk.reports;

/** One of the reports a provider can view or download; {@link Reports} writes any of them in any format. */
public sealed interface ProviderReport permits RemittanceAdviceReport, ScheduleReport, CarePackagesReport {

    ReportHeader header();

    /** How many lines the report holds (for progress). */
    int lineCount();

    /** The words a suggested file name starts with, such as "Remittance PR-2026-08" (not yet sanitised). */
    String fileTitle();
}
