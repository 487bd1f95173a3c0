package org.providerdesk.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.data.Listed;
import org.providerdesk.domain.ScheduleStatus;

/** What needs the user: an unconfirmed schedule and its deadline, and what is suspended in it. */
class NeedsYouModelTest {

    private static final PeriodView PERIOD_9 = new PeriodView(109, 2026, "2026/27", 9, LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 12, 20), LocalDate.of(2026, 12, 8), LocalDate.of(2026, 12, 24), true);
    private static final PeriodView PERIOD_8 = new PeriodView(108, 2026, "2026/27", 8, LocalDate.of(2026, 10, 26),
            LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 10), LocalDate.of(2026, 11, 26), true);

    private static Listed<ScheduleSummary> schedule(PeriodView period, ScheduleStatus status, String suspended) {
        return Listed.synced(new ScheduleSummary(period.id() * 10, 1, period, status, new BigDecimal("30000.00"),
                new BigDecimal(suspended), 12, suspended.equals("0") ? 0 : 2, null, (Instant) null, null, null));
    }

    @Test
    void anUnconfirmedScheduleSaysItsDeadlineAndItsSuspendedAmountLeadsToTheNonPayableLines() {
        List<NeedsYouModel.Item> items = NeedsYouModel.itemsOf(List.of(
                schedule(PERIOD_8, ScheduleStatus.CONFIRMED, "0"),
                schedule(PERIOD_9, ScheduleStatus.UNCONFIRMED, "1240.50")), LocalDate.of(2026, 11, 27));
        assertEquals(2, items.size());
        assertEquals("The payment schedule for Period 9 2026/27 is unconfirmed: confirm or reject it by Tuesday "
                + "8 December 2026.", items.get(0).text());
        assertEquals(NeedsYouModel.Target.SCHEDULE, items.get(0).target());
        assertEquals(109, items.get(0).periodId());
        assertTrue(items.get(1).text().startsWith("£1,240.50 is suspended in Period 9 2026/27 (2 lines"),
                items.get(1).text());
        assertEquals(NeedsYouModel.Target.NON_PAYABLE, items.get(1).target());
    }

    @Test
    void aPassedDeadlineIsSaidAndAConfirmationWaitingToSendNeedsNothingMore() {
        List<NeedsYouModel.Item> late = NeedsYouModel.itemsOf(List.of(
                schedule(PERIOD_9, ScheduleStatus.UNCONFIRMED, "0")), LocalDate.of(2026, 12, 9));
        assertEquals(1, late.size());
        assertTrue(late.get(0).overdue());
        assertTrue(late.get(0).text().endsWith("the confirmation deadline, Tuesday 8 December 2026, has passed."));

        Listed<ScheduleSummary> sent = new Listed<>(schedule(PERIOD_9, ScheduleStatus.UNCONFIRMED, "10").row(),
                new Listed.Pending(4, "Confirmation waiting to send", false));
        assertTrue(NeedsYouModel.itemsOf(List.of(sent), LocalDate.of(2026, 11, 27)).isEmpty());
    }
}
