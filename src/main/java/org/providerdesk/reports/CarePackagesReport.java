package org.providerdesk.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The care package line items (service orders) a provider delivers, as at one day.
 *
 * @param asOf the day the list describes (usually today)
 */
public record CarePackagesReport(ReportHeader header, LocalDate asOf, List<Line> lines) implements ProviderReport {

    /**
     * One care package line item.
     *
     * @param endDate             null while the package is ongoing
     * @param unit                what {@code units} counts, such as "hours per week"
     * @param contractedPerPeriod what the council pays at most for this line in a 4-weekly period; may be null
     */
    public record Line(String clientReference, String clientName, String service, LocalDate startDate,
            LocalDate endDate, BigDecimal units, String unit, BigDecimal unitRate, String frequency,
            BigDecimal contractedPerPeriod) {

        public Line {
            Objects.requireNonNull(clientName, "clientName");
            Objects.requireNonNull(startDate, "startDate");
        }

        @Override
        public String toString() {
            return "CarePackagesReport.Line[" + startDate + "]";
        }
    }

    public CarePackagesReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(asOf, "asOf");
        lines = List.copyOf(lines);
    }

    /** The sum of the lines' contracted provision per period (lines without one count as zero). */
    public BigDecimal totalContractedPerPeriod() {
        BigDecimal sum = BigDecimal.ZERO;
        for (Line line : lines) {
            if (line.contractedPerPeriod() != null) {
                sum = sum.add(line.contractedPerPeriod());
            }
        }
        return sum;
    }

    @Override
    public int lineCount() {
        return lines.size();
    }

    @Override
    public String fileTitle() {
        return "Care packages " + asOf;
    }
}
