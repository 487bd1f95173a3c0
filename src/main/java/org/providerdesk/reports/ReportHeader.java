package org.providerdesk.reports;

import java.util.Objects;

/**
 * Who a report is from and for, printed at the top of every format.
 *
 * @param providerReference the council's reference for the provider, such as "PRV-10231"; may be null
 */
public record ReportHeader(String councilName, String providerName, String providerReference) {

    public ReportHeader {
        Objects.requireNonNull(councilName, "councilName");
        Objects.requireNonNull(providerName, "providerName");
    }

    /** For example "Rosewood Lodge Care Home (PRV-10231)". */
    public String providerLine() {
        return providerReference == null || providerReference.isBlank() ? providerName
                : providerName + " (" + providerReference + ")";
    }
}
