package org.providerdesk.server.payments;

import io.javalin.http.Context;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.providerdesk.api.DecisionRequest;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.ScheduleDetail;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.domain.LineStatus;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.web.Paging;
import org.providerdesk.server.web.Params;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Caller;
import org.providerdesk.server.web.Etags;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.IdempotentWrites.Result;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Reading one schedule, and a provider confirming or rejecting it. A schedule may be decided while it is
 * unconfirmed, up to and on its period's confirmation deadline (council time); after that, or once decided, the
 * answer is 409. Each decision needs the schedule's ETag as If-Match and runs inside an idempotent write.
 */
public final class ScheduleDecisions {

    static final int MAX_COMMENTS = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ServerParts parts;
    private final ScheduleRepository schedules;
    /**
     * The lines a schedule's answer holds at most (the answers to confirm, reject and actuals hold the first
     * page); {@code GET} pages through the rest with its cursor.
     */
    public static final int LINES_PAGE = 1000;
    public static final int MAX_LINES_PAGE = 5000;

    public ScheduleDecisions(ServerParts parts, ScheduleRepository schedules) {
        this.parts = parts;
        this.schedules = schedules;
    }

    /** @throws ApiException 404 when the provider has no such schedule */
    public ScheduleDetail detail(long providerId, long scheduleId) {
        return detail(providerId, scheduleId, null, LINES_PAGE).detail();
    }

    /** A schedule with one page of its lines; {@code lastLineIfMore} is the page's last line when more wait. */
    public record Page(ScheduleDetail detail, Long lastLineIfMore) {
    }

    /**
     * A schedule with one page of its lines: by client name, at most {@code limit}, after the line
     * {@code afterLine} (null for the first page). The summary's totals are always the whole schedule's.
     *
     * @throws ApiException 404 when the provider has no such schedule, 400 for a cursor of another schedule
     */
    public Page detail(long providerId, long scheduleId, Long afterLine, int limit) {
        ScheduleRepository.Current current = current(providerId, scheduleId);
        List<ScheduleLineView> lines = schedules.lines(providerId, scheduleId, afterLine, limit + 1)
                .orElseThrow(Paging::badCursor);
        Long lastIfMore = null;
        if (lines.size() > limit) {
            lines = lines.subList(0, limit);
            lastIfMore = lines.get(limit - 1).id();
        }
        return new Page(new ScheduleDetail(current.summary(),
                lines.stream().filter(line -> line.status() == LineStatus.PAYABLE).toList(),
                lines.stream().filter(line -> line.status() == LineStatus.SUSPENDED).toList(),
                Etags.of(current.changeNo())), lastIfMore);
    }

    ScheduleRepository.Current current(long providerId, long scheduleId) {
        return schedules.find(providerId, scheduleId)
                .orElseThrow(() -> ApiException.notFound("There is no such payment schedule."));
    }

    static long scheduleId(Context ctx) {
        return Params.pathId(ctx, PaymentPaths.SCHEDULE_ID, "There is no such payment schedule.");
    }

    Result decide(Context ctx, Caller caller, ScheduleStatus decision) {
        DecisionRequest request = parts.bodies().read(ctx, DecisionRequest.class);
        String comments = request.comments() == null || request.comments().isBlank() ? null
                : request.comments().strip();
        FieldErrors errors = new FieldErrors();
        if (decision == ScheduleStatus.REJECTED) {
            errors.requireText("comments", comments, MAX_COMMENTS,
                    "Say why you reject the schedule, so that the council can put it right.");
        } else if (comments != null && comments.length() > MAX_COMMENTS) {
            errors.add("comments", "Use at most " + MAX_COMMENTS + " characters.");
        }
        errors.throwIfAny();
        long providerId = RouteTable.providerId(ctx);
        long scheduleId = scheduleId(ctx);
        ScheduleRepository.Current current = current(providerId, scheduleId);
        Etags.requireMatch(ctx, current.changeNo());
        requireOpen(current.summary());
        long changeNo = new ChangeNumbers(parts.jdbc()).next();
        int updated = parts.jdbc().update("UPDATE payment_schedule SET status = ?, decided_by = ?, decided_at = ?, "
                + "comments = ?, change_no = ? WHERE provider_id = ? AND id = ? AND change_no = ? "
                + "AND status = 'UNCONFIRMED'", decision, caller.userId(), parts.clock().instant(), comments,
                changeNo, providerId, scheduleId, current.changeNo());
        if (updated != 1) {
            throw stale();
        }
        parts.audit().record(caller.userId(), decision == ScheduleStatus.CONFIRMED ? "confirm schedule"
                : "reject schedule", "schedule:" + scheduleId, "provider:" + providerId + " period:"
                        + current.summary().period().id());
        ScheduleDetail detail = detail(providerId, scheduleId);
        return Result.ok(detail, detail.etag());
    }

    /** @throws ApiException 409 when the schedule was decided, its deadline passed or its period was paid */
    void requireOpen(ScheduleSummary schedule) {
        if (schedule.status() != ScheduleStatus.UNCONFIRMED) {
            throw conflict("This schedule was already " + schedule.status().name().toLowerCase(Locale.ROOT)
                    + ". To change it, contact the payments team.");
        }
        if (parts.jdbc().count("SELECT COUNT(*) FROM payment_run WHERE period_id = ?", schedule.period().id()) > 0) {
            throw conflict("This period has already been paid, so its schedule can no longer be changed. Contact "
                    + "the payments team.");
        }
        if (!ScheduleStatus.mayBeDecided(schedule.status(), schedule.period().confirmationDeadline(),
                parts.today())) {
            throw conflict("The deadline to confirm or reject this schedule was "
                    + DAY.format(schedule.period().confirmationDeadline()) + ". Contact the payments team.");
        }
    }

    static ApiException conflict(String detail) {
        return new ApiException(409, ProblemTypes.CONFLICT, "Not possible now", detail);
    }

    static ApiException stale() {
        return new ApiException(412, ProblemTypes.STALE, "Changed since you looked",
                "This schedule was changed since you last saw it. Look at it again, then decide.");
    }
}
