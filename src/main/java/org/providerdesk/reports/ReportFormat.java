package org.providerdesk.reports;

/** The formats a report is written in: PDF to view or print, Excel and CSV to file in a spreadsheet. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv");

    private final String extension;
    private final String mediaType;

    ReportFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** Without the dot, such as "xlsx". */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
