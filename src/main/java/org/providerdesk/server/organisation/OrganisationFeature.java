package org.providerdesk.server.organisation;

import java.util.List;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Organisation details and contacts, wired: {@code GET /providers/{providerId}/organisation} and
 * {@code GET /providers/{providerId}/contacts}, and their change sources. There is on purpose no route that
 * changes them: providers tell the council, whose records these are.
 */
public final class OrganisationFeature implements Feature {

    private final OrganisationRepository repository;

    public OrganisationFeature(ServerParts parts) {
        this.repository = new OrganisationRepository(parts.jdbc());
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(AccountPaths.PROVIDER_ORGANISATION, Access.PROVIDER, ctx -> ctx.json(repository
                .organisation(RouteTable.providerId(ctx))
                .orElseThrow(() -> ApiException.notFound("There is no such provider."))));
        routes.get(AccountPaths.PROVIDER_CONTACTS, Access.PROVIDER,
                ctx -> ctx.json(repository.contacts(RouteTable.providerId(ctx))));
    }

    @Override
    public List<ChangeSource> changeSources() {
        return List.of(repository.organisationSource(SyncKinds.ORGANISATION),
                repository.contactSource(SyncKinds.CONTACT));
    }
}
