package org.providerdesk.server.remittances;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.api.RemittanceReport;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.server.web.Params;
import org.providerdesk.server.payments.PeriodRepository;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.IdempotentWrites.Result;
import org.providerdesk.server.web.Paging;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Remittance advice, wired: a provider's payment runs and remittance advice (by finalisation or by period,
 * defaulting to the most recent); the council finalising a period; the change sources of payment runs and
 * remittance lines.
 */
public final class RemittancesFeature implements Feature {

    private static final int DEFAULT_RUNS = 100;
    private static final int MAX_RUNS = 500;
    /** The lines a remittance answer holds at most; the rest follow its Link rel="next". */
    static final int LINES_PAGE = 1000;
    static final int MAX_LINES_PAGE = 5000;

    private final ServerParts parts;
    private final PeriodRepository periods;
    private final RemittanceRepository remittances;
    private final PaymentRunFinaliser finaliser;

    public RemittancesFeature(ServerParts parts) {
        this.parts = parts;
        this.periods = new PeriodRepository(parts.jdbc());
        this.remittances = new RemittanceRepository(parts.jdbc());
        this.finaliser = new PaymentRunFinaliser(parts, periods);
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(PaymentPaths.REMITTANCE_RUNS, Access.PROVIDER, this::runs);
        routes.get(PaymentPaths.REMITTANCES, Access.PROVIDER, this::report);
        routes.post(PaymentPaths.COUNCIL_FINALISE, Access.COUNCIL, parts.writes().wrap((ctx, caller) -> Result.ok(
                finaliser.finalise(Params.pathId(ctx, PaymentPaths.PERIOD_ID, "There is no such payment period."),
                        caller.userId()), null)));
    }

    @Override
    public List<ChangeSource> changeSources() {
        return remittances.changeSources(SyncKinds.PAYMENT_RUN, SyncKinds.REMITTANCE_LINE);
    }

    /** The provider's payment runs, newest first, a page at a time (cursor: finalisation date and run id). */
    private void runs(Context ctx) {
        int limit = Params.queryInt(ctx, Paging.LIMIT, DEFAULT_RUNS, 1, MAX_RUNS);
        Paging.Cursor after = Paging.after(ctx);
        RemittanceRepository.RunCursor from = null;
        if (after != null) {
            try {
                from = new RemittanceRepository.RunCursor(LocalDate.parse(after.key()), after.id());
            } catch (DateTimeParseException e) {
                throw Paging.badCursor();
            }
        }
        ctx.json(Paging.page(ctx, remittances.runs(RouteTable.providerId(ctx), from, limit + 1), limit,
                run -> run.finalisedOn() + "~" + run.id()));
    }

    private void report(Context ctx) {
        long providerId = RouteTable.providerId(ctx);
        String view = ctx.queryParam("view");
        String chosen = view == null || view.isBlank() ? "period" : view.trim().toLowerCase(Locale.ROOT);
        int limit = Paging.limit(ctx, LINES_PAGE, MAX_LINES_PAGE);
        Long after = Paging.afterRow(ctx);
        ctx.json(switch (chosen) {
            case "finalisation" -> byFinalisation(ctx, providerId, Params.queryId(ctx, "runId"), after, limit);
            case "period" -> byPeriod(ctx, providerId, Params.queryId(ctx, "periodId"), after, limit);
            default -> throw ApiException.validation(Map.of("view", "Use finalisation or period."));
        });
    }

    private RemittanceReport byFinalisation(Context ctx, long providerId, Long runId, Long after, int limit) {
        PaymentRunView run;
        if (runId != null) {
            run = remittances.run(providerId, runId)
                    .orElseThrow(() -> ApiException.notFound("There is no such payment run for this provider."));
        } else {
            List<PaymentRunView> latest = remittances.runs(providerId, null, 1);
            if (latest.isEmpty()) {
                return new RemittanceReport(RemittanceReport.View.BY_FINALISATION, null, null, List.of(), zeros());
            }
            run = latest.get(0);
        }
        return report(ctx, RemittanceReport.View.BY_FINALISATION, run, periods.find(run.periodId()).orElse(null),
                RemittanceRepository.Of.RUN, run.id(), after, limit);
    }

    private RemittanceReport byPeriod(Context ctx, long providerId, Long periodId, Long after, int limit) {
        Long chosen = periodId != null ? periodId : remittances.latestPeriod(providerId).orElse(null);
        if (chosen == null) {
            return new RemittanceReport(RemittanceReport.View.BY_PERIOD, null, null, List.of(), zeros());
        }
        PeriodView period = periods.find(chosen)
                .orElseThrow(() -> ApiException.notFound("There is no such payment period."));
        return report(ctx, RemittanceReport.View.BY_PERIOD, null, period, RemittanceRepository.Of.PERIOD, chosen,
                after, limit);
    }

    /**
     * One page of the report's lines (a cursor of a line id; when it names the run or period by default, the
     * next page's link names it too, so a run finalised meanwhile does not switch the report under the reader);
     * the totals are always those of every line.
     */
    private RemittanceReport report(Context ctx, RemittanceReport.View view, PaymentRunView run, PeriodView period,
            RemittanceRepository.Of of, long key, Long after, int limit) {
        long providerId = RouteTable.providerId(ctx);
        List<RemittanceLineView> lines = remittances.lines(providerId, of, key, after, limit + 1)
                .orElseThrow(Paging::badCursor);
        if (lines.size() > limit) {
            lines = lines.subList(0, limit);
            Paging.next(ctx, Paging.rowCursor(lines.get(limit - 1).id()));
        }
        return new RemittanceReport(view, run, period, lines, remittances.totals(providerId, of, key));
    }

    private static Map<RemittanceStatus, BigDecimal> zeros() {
        Map<RemittanceStatus, BigDecimal> totals = new EnumMap<>(RemittanceStatus.class);
        for (RemittanceStatus status : RemittanceStatus.values()) {
            totals.put(status, BigDecimal.ZERO.setScale(2));
        }
        return totals;
    }
}
