package org.providerdesk.server.carepackages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.QueryParams;
import org.providerdesk.server.web.RouteTable;

/**
 * {@code GET /providers/{providerId}/care-packages?includeHistorical=true} and
 * {@code GET /providers/{providerId}/clients}; and the change sources of both kinds.
 */
public final class CarePackageRoutes {

    private final CarePackageRepository repository;
    private final Clock clock;
    private final ZoneId councilZone;

    public CarePackageRoutes(CarePackageRepository repository, Clock clock, ZoneId councilZone) {
        this.repository = repository;
        this.clock = clock;
        this.councilZone = councilZone;
    }

    public void register(RouteTable routes) {
        routes.get(ApiPaths.PROVIDER_CARE_PACKAGES, Access.PROVIDER, ctx -> ctx.json(repository.lineItems(
                RouteTable.providerId(ctx), QueryParams.bool(ctx, "includeHistorical", false),
                LocalDate.ofInstant(clock.instant(), councilZone))));
        routes.get(ApiPaths.PROVIDER_CLIENTS, Access.PROVIDER,
                ctx -> ctx.json(repository.clients(RouteTable.providerId(ctx))));
    }

    public List<ChangeSource> changeSources() {
        return List.of(
                ChangeSource.of(SyncKinds.CLIENT, (provider, after, limit) -> repository
                        .clientsChangedAfter(provider, after, limit).stream()
                        .map(changed -> new ChangeSource.Row(changed.row().id(), changed.changeNo(), changed.row()))
                        .toList()),
                ChangeSource.of(SyncKinds.LINE_ITEM, (provider, after, limit) -> repository
                        .lineItemsChangedAfter(provider, after, limit).stream()
                        .map(changed -> new ChangeSource.Row(changed.row().id(), changed.changeNo(), changed.row()))
                        .toList()));
    }
}
