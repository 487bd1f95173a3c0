package org.providerdesk.ui.schedules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.providerdesk.api.ScheduleLineView;

/**
 * After the portal refused actual hours because the council changed the schedule or its period meanwhile (412):
 * what changed on the lines since the user entered the hours, in words, so that they look again before submitting.
 */
final class ActualsChanges {

    /** At most this many changed lines are named; the rest are counted. */
    static final int NAMED = 4;

    private ActualsChanges() {
    }

    /**
     * @param seen    the lines as shown when the hours were submitted; null when not known (the app was closed)
     * @param now     the lines as the council holds them now
     * @param entered the line items the user entered hours for
     */
    static String describe(List<ScheduleLineView> seen, List<ScheduleLineView> now, Set<Long> entered) {
        Map<Long, ScheduleLineView> before = byItem(seen == null ? List.of() : seen);
        Map<Long, ScheduleLineView> after = byItem(now);
        List<String> changes = new ArrayList<>();
        for (long item : entered) {
            if (!after.containsKey(item)) {
                ScheduleLineView gone = before.get(item);
                changes.add((gone == null ? "A line you entered hours for" : name(gone))
                        + " is no longer in the schedule, so its hours will not be sent");
            }
        }
        if (seen != null) {
            for (ScheduleLineView line : after.values()) {
                ScheduleLineView was = before.get(line.lineItemId());
                String change = was == null ? name(line) + " is new in the schedule" : change(was, line);
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        StringBuilder text = new StringBuilder("The council changed this schedule or its period after you entered "
                + "the hours, so they were not sent.");
        if (!changes.isEmpty()) {
            text.append(" What changed: ").append(String.join("; ", changes.subList(0, Math.min(NAMED,
                    changes.size()))));
            if (changes.size() > NAMED) {
                text.append("; and ").append(changes.size() - NAMED).append(" more lines");
            }
            text.append('.');
        } else if (seen != null) {
            text.append(" The lines are as you saw them; other details of the schedule or the period changed.");
        }
        return text.append(" Check your hours below against the schedule as it is now, then submit them.").toString();
    }

    private static String change(ScheduleLineView was, ScheduleLineView now) {
        List<String> parts = new ArrayList<>();
        if (differs(was.contractedProvision(), now.contractedProvision())) {
            parts.add("contracted provision " + Words.money(now.contractedProvision()) + " (was "
                    + Words.money(was.contractedProvision()) + ")");
        }
        if (differs(was.unitRate(), now.unitRate())) {
            parts.add("rate " + Words.money(now.unitRate()) + " (was " + Words.money(was.unitRate()) + ")");
        }
        if (differs(was.actualHours(), now.actualHours())) {
            parts.add("hours held by the council " + hours(now.actualHours()) + " (was " + hours(was.actualHours())
                    + ")");
        }
        return parts.isEmpty() ? null : name(now) + ": " + String.join(", ", parts);
    }

    private static boolean differs(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? !Objects.equals(a, b) : a.compareTo(b) != 0;
    }

    private static String hours(BigDecimal value) {
        return value == null ? "none" : Words.number(value);
    }

    private static String name(ScheduleLineView line) {
        return line.clientName() + " (" + line.clientReference() + "), " + line.service();
    }

    private static Map<Long, ScheduleLineView> byItem(List<ScheduleLineView> lines) {
        Map<Long, ScheduleLineView> byItem = new LinkedHashMap<>();
        lines.forEach(line -> byItem.putIfAbsent(line.lineItemId(), line));
        return byItem;
    }
}
