package org.providerdesk.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.domain.ScheduleStatus;

/** The words and dates every format shares: titles, the run or period line, statuses (the guides' words). */
final class ReportTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter PRODUCED = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.UK);
    static final String NON_PAYABLE = "Non-payable (suspended)";

    private ReportTexts() {
    }

    static String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    static String producedAt(Instant instant, ZoneId zone) {
        return PRODUCED.format(instant.atZone(zone));
    }

    static String title(ProviderReport report) {
        if (report instanceof RemittanceAdviceReport r) {
            return r.view().title();
        }
        return report instanceof ScheduleReport ? "Payment schedule" : "Care package line items";
    }

    /** The run or period the report covers, in one line. */
    static String scope(ProviderReport report) {
        if (report instanceof RemittanceAdviceReport r) {
            return remittanceScope(r);
        }
        if (report instanceof ScheduleReport s) {
            return s.periodLabel() + span(s.periodStart(), s.periodEnd())
                    + (s.confirmationDeadline() == null ? "" : " · confirm by " + day(s.confirmationDeadline()))
                    + (s.paymentDate() == null ? "" : " · payment date " + day(s.paymentDate()))
                    + " · " + status(s.status());
        }
        return "Line items as at " + day(((CarePackagesReport) report).asOf());
    }

    private static String remittanceScope(RemittanceAdviceReport r) {
        if (r.view() == RemittanceAdviceReport.View.BY_FINALISATION) {
            StringBuilder text = new StringBuilder("Payment run ").append(r.runReference());
            if (r.finalisedOn() != null) {
                text.append(" · finalised ").append(day(r.finalisedOn()));
            }
            if (r.paymentDate() != null) {
                text.append(" · payment date ").append(day(r.paymentDate()));
            }
            if (r.periodLabel() != null) {
                text.append(" · ").append(r.periodLabel());
            }
            return text.toString();
        }
        return r.periodLabel() + span(r.periodStart(), r.periodEnd()) + " · by date of service";
    }

    private static String span(LocalDate start, LocalDate end) {
        return start == null || end == null ? "" : " (" + day(start) + " to " + day(end) + ")";
    }

    static String emptyMessage(ProviderReport report) {
        if (report instanceof RemittanceAdviceReport r) {
            return r.view() == RemittanceAdviceReport.View.BY_FINALISATION
                    ? "There are no remittance lines for you in this payment run."
                    : "There are no remittance lines for you in this period.";
        }
        return report instanceof ScheduleReport ? "There are no scheduled payments for you in this period."
                : "There are no care package line items.";
    }

    static String status(RemittanceStatus status) {
        return switch (status) {
            case PAID -> "Paid";
            case RETRACTED -> "Retracted";
            case SUSPENDED -> "Suspended";
        };
    }

    static String status(LineStatus status) {
        return status == LineStatus.SUSPENDED ? NON_PAYABLE : "Payable";
    }

    static String status(ScheduleStatus status) {
        return switch (status) {
            case UNCONFIRMED -> "Unconfirmed";
            case CONFIRMED -> "Confirmed";
            case REJECTED -> "Rejected";
        };
    }
}
