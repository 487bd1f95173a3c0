package org.providerdesk.ui.schedules;

import java.util.Locale;
import org.providerdesk.api.ScheduleLineView;

/** A schedule line as the tables show it, with its filter text (client name and reference, lower case) made once. */
public record LineRow(ScheduleLineView line, String search) {

    static LineRow of(ScheduleLineView line) {
        return new LineRow(line, (line.clientName() + " " + line.clientReference()).toLowerCase(Locale.ROOT));
    }

    /** "Ada Lovelace (WB-1001)". */
    public String client() {
        return line.clientName() + " (" + line.clientReference() + ")";
    }

    /** Why the line is on the Non-payable tab, in the guide's words. */
    public String whySuspended() {
        return "More than the contracted provision (" + Words.money(line.contractedProvision()) + ")";
    }
}
