package org.providerdesk.ui.home;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.data.Listed;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.ui.common.TaskRunner;

/**
 * "What needs you now" on the home page, from the cache: each unconfirmed payment schedule with its confirmation
 * deadline, and the amount suspended (Non-payable) in it. A schedule whose confirmation is waiting to send no
 * longer needs the user.
 */
public final class NeedsYouModel {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    /** Where an item leads: the schedule of a period, or its Non-payable tab. */
    public enum Target { SCHEDULE, NON_PAYABLE }

    /** One thing that needs the user, in words, and where it leads. */
    public record Item(String text, String action, Target target, long periodId, boolean overdue) {
    }

    private final LongFunction<List<Listed<ScheduleSummary>>> recentSchedules;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<Item> items = FXCollections.observableArrayList();
    private long requested = -1;

    /** @param recentSchedules the provider's schedules of this and last financial year; called on the worker */
    public NeedsYouModel(LongFunction<List<Listed<ScheduleSummary>>> recentSchedules, TaskRunner runner,
            Clock clock) {
        this.recentSchedules = recentSchedules;
        this.runner = runner;
        this.clock = clock;
    }

    public void load(long providerId) {
        requested = providerId;
        runner.run(() -> recentSchedules.apply(providerId), schedules -> {
            if (providerId == requested) {
                items.setAll(itemsOf(schedules, LocalDate.now(clock)));
            }
        }, failure -> items.clear());
    }

    static List<Item> itemsOf(List<Listed<ScheduleSummary>> schedules, LocalDate today) {
        List<Item> found = new ArrayList<>();
        for (Listed<ScheduleSummary> listed : schedules) {
            ScheduleSummary schedule = listed.row();
            if (schedule.status() != ScheduleStatus.UNCONFIRMED || listed.isPending()) {
                continue;
            }
            PeriodView period = schedule.period();
            String name = "Period " + period.number() + " " + period.financialYearLabel();
            LocalDate deadline = period.confirmationDeadline();
            boolean overdue = deadline != null && deadline.isBefore(today);
            String when = deadline == null ? "" : overdue
                    ? ": the confirmation deadline, " + DAY.format(deadline) + ", has passed"
                    : ": confirm or reject it by " + DAY.format(deadline);
            found.add(new Item("The payment schedule for " + name + " is unconfirmed" + when + ".",
                    "Open the schedule", Target.SCHEDULE, period.id(), overdue));
            BigDecimal suspended = schedule.totalSuspended();
            if (suspended != null && suspended.signum() > 0) {
                found.add(new Item(NumberFormat.getCurrencyInstance(Locale.UK).format(suspended) + " is suspended in "
                        + name + " (" + schedule.suspendedLines() + (schedule.suspendedLines() == 1 ? " line" : " lines")
                        + " more than the contracted provision): request a variation to have it paid.",
                        "See the Non-payable lines", Target.NON_PAYABLE, period.id(), false));
            }
        }
        return found;
    }

    public ObservableList<Item> items() {
        return items;
    }
}
