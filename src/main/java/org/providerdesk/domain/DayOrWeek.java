package org.providerdesk.domain;

/** Whether the hours of a variation are per day or per week. */
public enum DayOrWeek {
    DAY(24),
    WEEK(168);

    private final int maxHours;

    DayOrWeek(int maxHours) {
        this.maxHours = maxHours;
    }

    /** The most hours there can be in one such unit. */
    public int maxHours() {
        return maxHours;
    }
}
