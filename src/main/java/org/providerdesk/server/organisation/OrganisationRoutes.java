package org.providerdesk.server.organisation;

import java.util.List;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.SyncKinds;
import org.providerdesk.server.sync.ChangeSource;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.RouteTable;

/**
 * {@code GET /providers/{providerId}/organisation} and {@code GET /providers/{providerId}/contacts}. There is
 * on purpose no route that changes them: providers tell the council, whose records these are.
 */
public final class OrganisationRoutes {

    private final OrganisationRepository repository;

    public OrganisationRoutes(OrganisationRepository repository) {
        this.repository = repository;
    }

    public void register(RouteTable routes) {
        routes.get(AccountPaths.PROVIDER_ORGANISATION, Access.PROVIDER, ctx -> ctx.json(repository
                .organisation(RouteTable.providerId(ctx))
                .orElseThrow(() -> ApiException.notFound("There is no such provider."))));
        routes.get(AccountPaths.PROVIDER_CONTACTS, Access.PROVIDER,
                ctx -> ctx.json(repository.contacts(RouteTable.providerId(ctx))));
    }

    public List<ChangeSource> changeSources() {
        return List.of(repository.organisationSource(SyncKinds.ORGANISATION),
                repository.contactSource(SyncKinds.CONTACT));
    }
}
