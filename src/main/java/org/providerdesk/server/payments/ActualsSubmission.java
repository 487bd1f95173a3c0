package org.providerdesk.server.payments;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.providerdesk.api.ActualsRequest;
import org.providerdesk.api.ScheduleDetail;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.domain.Suspension;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.web.Caller;
import org.providerdesk.server.web.Etags;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.IdempotentWrites.Result;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * A home-care provider's actual hours for a schedule (its invoice): per line item, the hours delivered in the
 * period. Each line's amount becomes hours x unit rate; above the contracted provision the line is suspended.
 * Same rules as a decision: If-Match, unconfirmed, before the deadline. Lines not sent keep their hours.
 */
public final class ActualsSubmission {

    private static final int MAX_LINES = 5000;

    private final ServerParts parts;
    private final ScheduleRepository schedules;
    private final ScheduleDecisions decisions;

    public ActualsSubmission(ServerParts parts, ScheduleRepository schedules, ScheduleDecisions decisions) {
        this.parts = parts;
        this.schedules = schedules;
        this.decisions = decisions;
    }

    Result submit(Context ctx, Caller caller) {
        ActualsRequest request = parts.bodies().read(ctx, ActualsRequest.class);
        long providerId = RouteTable.providerId(ctx);
        long scheduleId = ScheduleDecisions.scheduleId(ctx);
        ScheduleRepository.Current current = decisions.current(providerId, scheduleId);
        if (!isHomeCare(providerId)) {
            throw ScheduleDecisions.conflict("Actual hours are for home-care providers; a care home's schedule comes "
                    + "from its agreements.");
        }
        Map<Long, ScheduleLineView> byLineItem = new HashMap<>();
        for (ScheduleLineView line : schedules.allLines(providerId, scheduleId)) {
            byLineItem.putIfAbsent(line.lineItemId(), line);
        }
        validate(request, byLineItem, current.summary());
        Etags.requireMatch(ctx, current.changeNo());
        decisions.requireOpen(current.summary());

        long changeNo = new ChangeNumbers(parts.jdbc()).take(request.lines().size() + 1);
        List<Object[]> updates = new ArrayList<>();
        for (ActualsRequest.Line sent : request.lines()) {
            ScheduleLineView line = byLineItem.get(sent.lineItemId());
            BigDecimal amount = Suspension.amountForHours(sent.hours(), line.unitRate());
            LineStatus status = Suspension.statusOf(amount, line.contractedProvision());
            updates.add(new Object[] {sent.hours(), sent.hours(), amount, status, changeNo++, line.id(), scheduleId});
        }
        parts.jdbc().batch("UPDATE schedule_line SET actual_hours = ?, units = ?, amount = ?, status = ?, "
                + "change_no = ? WHERE id = ? AND schedule_id = ?", updates);
        int updated = parts.jdbc().update("UPDATE payment_schedule SET actuals_submitted_by = ?, "
                + "actuals_submitted_at = ?, change_no = ? WHERE provider_id = ? AND id = ? AND change_no = ?",
                caller.userId(), parts.clock().instant(), changeNo, providerId, scheduleId, current.changeNo());
        if (updated != 1) {
            throw ScheduleDecisions.stale();
        }
        schedules.refreshTotals(scheduleId);
        parts.audit().record(caller.userId(), "submit actual hours", "schedule:" + scheduleId,
                "provider:" + providerId + " lines:" + request.lines().size());
        ScheduleDetail detail = decisions.detail(providerId, scheduleId);
        return Result.ok(detail, detail.etag());
    }

    private boolean isHomeCare(long providerId) {
        return parts.jdbc().first("SELECT kind FROM provider WHERE id = ?", row -> row.getString(1), providerId)
                .map(ProviderKind.HOME_CARE.name()::equals).orElse(false);
    }

    private static void validate(ActualsRequest request, Map<Long, ScheduleLineView> byLineItem,
            ScheduleSummary schedule) {
        FieldErrors errors = new FieldErrors();
        List<ActualsRequest.Line> lines = request.lines();
        if (lines == null || lines.isEmpty()) {
            errors.add("lines", "Enter the hours delivered for at least one line.");
        } else if (lines.size() > MAX_LINES) {
            errors.add("lines", "Send at most " + MAX_LINES + " lines at once.");
        } else {
            int days = PeriodRepository.domain(schedule.period()).days();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                checkLine(lines.get(i), "lines[" + i + "].", byLineItem, seen, days, errors);
            }
        }
        errors.throwIfAny();
    }

    private static void checkLine(ActualsRequest.Line line, String prefix, Map<Long, ScheduleLineView> byLineItem,
            Set<Long> seen, int days, FieldErrors errors) {
        if (line == null) {
            errors.add(prefix + "lineItemId", "Each line needs a line item and its hours.");
            return;
        }
        if (line.lineItemId() == null || !byLineItem.containsKey(line.lineItemId())) {
            errors.add(prefix + "lineItemId", "Not a line item of this schedule.");
        } else if (!seen.add(line.lineItemId())) {
            errors.add(prefix + "lineItemId", "This line item is listed twice.");
        }
        org.providerdesk.domain.ActualHours.problem(line.hours(), days)
                .ifPresent(problem -> errors.add(prefix + "hours", problem));
    }
}
