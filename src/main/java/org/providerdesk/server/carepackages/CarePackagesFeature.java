package org.providerdesk.server.carepackages;

import io.javalin.http.Context;
import java.util.List;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.Paging;
import org.providerdesk.server.web.Params;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Care packages, wired: {@code GET /providers/{providerId}/care-packages?includeHistorical=true} and
 * {@code GET /providers/{providerId}/clients}; and the change sources of both kinds.
 */
public final class CarePackagesFeature implements Feature {

    /** The rows a page of line items or clients holds at most by default; the rest follow its cursor. */
    static final int PAGE = 1000;
    static final int MAX_PAGE = 5000;

    private final ServerParts parts;
    private final CarePackageRepository repository;

    public CarePackagesFeature(ServerParts parts) {
        this.parts = parts;
        this.repository = new CarePackageRepository(parts.jdbc());
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.PROVIDER_CARE_PACKAGES, Access.PROVIDER, this::lineItems);
        routes.get(ApiPaths.PROVIDER_CLIENTS, Access.PROVIDER, this::clients);
    }

    private void lineItems(Context ctx) {
        boolean includeHistorical = Params.bool(ctx, "includeHistorical", false);
        int limit = Paging.limit(ctx, PAGE, MAX_PAGE);
        ctx.json(Paging.page(ctx, repository.lineItems(RouteTable.providerId(ctx), includeHistorical,
                parts.today(), Paging.afterRow(ctx), limit + 1)
                .orElseThrow(Paging::badCursor), limit, item -> Paging.rowCursor(item.id())));
    }

    private void clients(Context ctx) {
        int limit = Paging.limit(ctx, PAGE, MAX_PAGE);
        ctx.json(Paging.page(ctx, repository.clients(RouteTable.providerId(ctx), Paging.afterRow(ctx), limit + 1)
                .orElseThrow(Paging::badCursor), limit, client -> Paging.rowCursor(client.id())));
    }

    @Override
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
