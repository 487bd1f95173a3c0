package org.providerdesk.server.payments;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.api.ScheduleDetail;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.domain.FinancialYear;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.domain.Variation;
import org.providerdesk.server.actions.VariationApprovals;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.IdempotentWrites.Result;
import org.providerdesk.server.web.Paging;
import org.providerdesk.server.web.Params;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Payments, wired: periods ({@code GET /periods}, {@code /periods/years}); a provider's schedules, one
 * schedule, confirm, reject and actuals; the council publishing a period and listing its schedules. And the
 * change sources of periods, schedules and schedule lines.
 */
public final class PaymentsFeature implements Feature {

    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2100;

    private final ServerParts parts;
    private final PeriodRepository periods;
    private final ScheduleRepository schedules;
    private final ScheduleDecisions decisions;
    private final ActualsSubmission actuals;
    private final SchedulePublisher publisher;

    public PaymentsFeature(ServerParts parts) {
        this.parts = parts;
        this.periods = new PeriodRepository(parts.jdbc());
        this.schedules = new ScheduleRepository(parts.jdbc());
        this.decisions = new ScheduleDecisions(parts, schedules);
        this.actuals = new ActualsSubmission(parts, schedules, decisions);
        this.publisher = new SchedulePublisher(parts, periods, schedules);
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(PaymentPaths.PERIODS, Access.SIGNED_IN, ctx -> ctx.json(periods.periodsOf(financialYear(ctx))));
        routes.get(PaymentPaths.PERIOD_YEARS, Access.SIGNED_IN, ctx -> ctx.json(periods.years(parts.today())));
        routes.get(PaymentPaths.SCHEDULES, Access.PROVIDER, ctx -> ctx.json(schedules.summaries(
                RouteTable.providerId(ctx), financialYear(ctx))));
        routes.get(PaymentPaths.SCHEDULE, Access.PROVIDER, this::schedule);
        routes.post(PaymentPaths.SCHEDULE_CONFIRM, Access.PROVIDER,
                parts.writes().wrap((ctx, caller) -> decisions.decide(ctx, caller, ScheduleStatus.CONFIRMED)));
        routes.post(PaymentPaths.SCHEDULE_REJECT, Access.PROVIDER,
                parts.writes().wrap((ctx, caller) -> decisions.decide(ctx, caller, ScheduleStatus.REJECTED)));
        routes.post(PaymentPaths.SCHEDULE_ACTUALS, Access.PROVIDER, parts.writes().wrap(actuals::submit));
        routes.post(PaymentPaths.COUNCIL_PUBLISH, Access.COUNCIL, parts.writes().wrap((ctx, caller) -> Result.ok(
                publisher.publish(periodId(ctx), caller.userId()), null)));
        routes.get(PaymentPaths.COUNCIL_SCHEDULES, Access.COUNCIL, this::councilSchedules);
    }

    @Override
    public List<ChangeSource> changeSources() {
        List<ChangeSource> sources = new ArrayList<>();
        sources.add(periods.changeSource(SyncKinds.PERIOD));
        sources.addAll(schedules.changeSources(SyncKinds.SCHEDULE, SyncKinds.SCHEDULE_LINE));
        return sources;
    }

    /** For the actions feature: a variation the council approves releases the client's suspended lines. */
    public VariationApprovals releaseOnApproval() {
        SuspendedLineRelease release = new SuspendedLineRelease(parts.jdbc(), parts.audit(), parts.clock(),
                parts.councilZone());
        return new VariationApprovals() {
            @Override
            public void approved(long provider, long client, java.time.LocalDate from, java.time.LocalDate to) {
                throw new IllegalStateException("A release needs the variation's value");
            }

            @Override
            public void approved(long provider, long client, Variation variation) {
                release.release(provider, client, variation.from(), variation.to(), variation.extraValue());
            }
        };
    }

    private void schedule(Context ctx) {
        int limit = Paging.limit(ctx, ScheduleDecisions.LINES_PAGE, ScheduleDecisions.MAX_LINES_PAGE);
        ScheduleDecisions.Page page = decisions.detail(RouteTable.providerId(ctx), ScheduleDecisions.scheduleId(ctx),
                Paging.afterRow(ctx), limit);
        if (page.lastLineIfMore() != null) {
            Paging.next(ctx, Paging.rowCursor(page.lastLineIfMore()));
        }
        ScheduleDetail detail = page.detail();
        ctx.header("ETag", detail.etag());
        ctx.json(detail);
    }

    private void councilSchedules(Context ctx) {
        Long periodId = Params.queryId(ctx, "periodId");
        long period = periodId != null ? periodId : periods.containing(parts.today())
                .orElseThrow(() -> ApiException.validation(Map.of("periodId",
                        "Choose a period.")))
                .id();
        int limit = Paging.limit(ctx, ScheduleRepository.COUNCIL_LIST_LIMIT, ScheduleRepository.MAX_COUNCIL_LIST_LIMIT);
        ctx.json(Paging.page(ctx, schedules.ofPeriod(period, Paging.afterRow(ctx), limit + 1), limit,
                schedule -> Paging.rowCursor(schedule.id())));
    }

    private int financialYear(Context ctx) {
        return Params.queryInt(ctx, "financialYear", FinancialYear.of(parts.today()).startYear(), MIN_YEAR,
                MAX_YEAR);
    }

    private static long periodId(Context ctx) {
        return Params.pathId(ctx, PaymentPaths.PERIOD_ID, "There is no such payment period.");
    }
}
