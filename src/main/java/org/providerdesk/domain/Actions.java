package org.providerdesk.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Rules of actions: when one is due, when it is overdue, and the colour of the summary icon. */
public final class Actions {

    /** Working days to answer an action when the council has not set another number for its type. */
    public static final int DEFAULT_DUE_WORKING_DAYS = 10;

    private Actions() {
    }

    /** The date {@code workingDays} working days (Monday to Friday) after {@code raised}. */
    public static LocalDate dueDate(LocalDate raised, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative");
        }
        LocalDate date = raised;
        int left = workingDays;
        while (left > 0) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                left--;
            }
        }
        return date;
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** Open and its due date has passed: due today is not yet overdue. */
    public static boolean isOverdue(ActionStatus status, LocalDate dueDate, LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }

    /** Red when any is overdue, amber when any is open, green otherwise. */
    public static SummaryLevel level(long open, long overdue) {
        if (overdue > 0) {
            return SummaryLevel.RED;
        }
        return open > 0 ? SummaryLevel.AMBER : SummaryLevel.GREEN;
    }
}
