package org.providerdesk.ui.schedules;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.providerdesk.api.PeriodView;

/** Money, dates and period names as the page writes them: "£1,234.50", "8 Dec 2026", "Period 9 2026/27". */
final class Words {

    private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    static String money(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.UK);
        return format.format(amount == null ? BigDecimal.ZERO : amount);
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    static String shortDay(LocalDate date) {
        return SHORT_DAY.format(date);
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    /** "Period 9 2026/27": also the title of a variation asked for from the Non-payable tab. */
    static String periodTitle(PeriodView period) {
        return "Period " + period.number() + " " + period.financialYearLabel();
    }

    /** "12 Oct 2026 to 8 Nov 2026". */
    static String dates(PeriodView period) {
        return shortDay(period.startDate()) + " to " + shortDay(period.endDate());
    }
}
