package org.providerdesk.server.remittances;

import io.javalin.http.Context;
import java.math.BigDecimal;
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
import org.providerdesk.server.payments.Params;
import org.providerdesk.server.payments.PeriodRepository;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.IdempotentWrites.Result;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * A provider's payment runs and remittance advice (by finalisation or by period, defaulting to the most recent);
 * the council finalising a period; the change sources of payment runs and remittance lines.
 */
public final class RemittanceRoutes {

    private static final int DEFAULT_RUNS = 100;
    private static final int MAX_RUNS = 500;

    private final ServerParts parts;
    private final PeriodRepository periods;
    private final RemittanceRepository remittances;
    private final PaymentRunFinaliser finaliser;

    public RemittanceRoutes(ServerParts parts) {
        this.parts = parts;
        this.periods = new PeriodRepository(parts.jdbc());
        this.remittances = new RemittanceRepository(parts.jdbc());
        this.finaliser = new PaymentRunFinaliser(parts, periods);
    }

    public void register(RouteTable routes) {
        routes.get(PaymentPaths.REMITTANCE_RUNS, Access.PROVIDER, ctx -> ctx.json(remittances.runs(
                RouteTable.providerId(ctx), Params.queryInt(ctx, "limit", DEFAULT_RUNS, 1, MAX_RUNS))));
        routes.get(PaymentPaths.REMITTANCES, Access.PROVIDER, this::report);
        routes.post(PaymentPaths.COUNCIL_FINALISE, Access.COUNCIL, parts.writes().wrap((ctx, caller) -> Result.ok(
                finaliser.finalise(Params.pathId(ctx, PaymentPaths.PERIOD_ID, "There is no such payment period."),
                        caller.userId()), null)));
    }

    public List<ChangeSource> changeSources() {
        return remittances.changeSources(SyncKinds.PAYMENT_RUN, SyncKinds.REMITTANCE_LINE);
    }

    private void report(Context ctx) {
        long providerId = RouteTable.providerId(ctx);
        String view = ctx.queryParam("view");
        String chosen = view == null || view.isBlank() ? "period" : view.trim().toLowerCase(Locale.ROOT);
        ctx.json(switch (chosen) {
            case "finalisation" -> byFinalisation(providerId, Params.queryId(ctx, "runId"));
            case "period" -> byPeriod(providerId, Params.queryId(ctx, "periodId"));
            default -> throw ApiException.validation(Map.of("view", "Use finalisation or period."));
        });
    }

    private RemittanceReport byFinalisation(long providerId, Long runId) {
        PaymentRunView run;
        if (runId != null) {
            run = remittances.run(providerId, runId)
                    .orElseThrow(() -> ApiException.notFound("There is no such payment run for this provider."));
        } else {
            List<PaymentRunView> latest = remittances.runs(providerId, 1);
            if (latest.isEmpty()) {
                return report(RemittanceReport.View.BY_FINALISATION, null, null, List.of());
            }
            run = latest.get(0);
        }
        return report(RemittanceReport.View.BY_FINALISATION, run, periods.find(run.periodId()).orElse(null),
                remittances.linesOfRun(providerId, run.id()));
    }

    private RemittanceReport byPeriod(long providerId, Long periodId) {
        Long chosen = periodId != null ? periodId : remittances.latestPeriod(providerId).orElse(null);
        if (chosen == null) {
            return report(RemittanceReport.View.BY_PERIOD, null, null, List.of());
        }
        PeriodView period = periods.find(chosen)
                .orElseThrow(() -> ApiException.notFound("There is no such payment period."));
        return report(RemittanceReport.View.BY_PERIOD, null, period, remittances.linesOfPeriod(providerId, chosen));
    }

    private static RemittanceReport report(RemittanceReport.View view, PaymentRunView run, PeriodView period,
            List<RemittanceLineView> lines) {
        Map<RemittanceStatus, BigDecimal> totals = new EnumMap<>(RemittanceStatus.class);
        for (RemittanceStatus status : RemittanceStatus.values()) {
            totals.put(status, BigDecimal.ZERO.setScale(2));
        }
        for (RemittanceLineView line : lines) {
            totals.merge(line.status(), line.amount(), BigDecimal::add);
        }
        return new RemittanceReport(view, run, period, lines, totals);
    }
}
