package org.providerdesk.server.actions;

import java.util.List;
import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Actions and change requests, wired: the teams list for "Assign to", the provider routes, the council routes and
 * the change sources of actions and comments.
 */
public final class ActionsFeature implements Feature {

    private final ServerParts parts;
    private final ActionQueries queries;
    private final ProviderActionRoutes providerRoutes;
    private final CouncilActionRoutes councilRoutes;
    private final ActionTypeSettingsRoutes settingsRoutes;

    /** @param approvals told when the council approves a variation; may be empty */
    public ActionsFeature(ServerParts parts, List<VariationApprovals> approvals) {
        this.parts = parts;
        this.queries = new ActionQueries(parts.jdbc());
        ActionStore store = new ActionStore(parts.jdbc());
        this.providerRoutes = new ProviderActionRoutes(parts, queries, store);
        this.councilRoutes = new CouncilActionRoutes(parts, queries, store, approvals);
        this.settingsRoutes = new ActionTypeSettingsRoutes(parts, queries);
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ActionPaths.TEAMS, Access.SIGNED_IN, ctx -> ctx.json(queries.teams()));
        providerRoutes.register(routes);
        councilRoutes.register(routes);
        settingsRoutes.register(routes);
    }

    @Override
    public List<ChangeSource> changeSources() {
        return List.of(
                ChangeSource.streamed(SyncKinds.ACTION,
                        (provider, after, limit) -> queries.actionsChangedAfter(provider, after, limit, parts.today())),
                ChangeSource.streamed(SyncKinds.ACTION_COMMENT, queries::commentsChangedAfter));
    }
}
