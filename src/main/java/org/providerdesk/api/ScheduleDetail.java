package org.providerdesk.api;

import java.util.List;

/**
 * A schedule with its lines: the payable ones and those on the Non-payable tab (suspended).
 *
 * @param etag send it back as If-Match when confirming, rejecting or submitting actuals
 */
public record ScheduleDetail(ScheduleSummary summary, List<ScheduleLineView> payableLines,
        List<ScheduleLineView> nonPayableLines, String etag) {

    public ScheduleDetail {
        payableLines = List.copyOf(payableLines);
        nonPayableLines = List.copyOf(nonPayableLines);
    }
}
