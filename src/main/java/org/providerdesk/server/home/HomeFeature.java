package org.providerdesk.server.home;

import java.time.Instant;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.HomePage;
import org.providerdesk.server.council.CouncilRepository;
import org.providerdesk.server.notices.NoticeRepository;
import org.providerdesk.server.providers.ProviderRepository;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/** The home page, wired: {@code GET /providers/{providerId}/home} for a user with access to that provider. */
public final class HomeFeature implements Feature {

    private final ProviderRepository providers;
    private final CouncilRepository council;
    private final NoticeRepository notices;
    private final ServerParts parts;

    public HomeFeature(ServerParts parts) {
        this.providers = new ProviderRepository(parts.jdbc());
        this.council = new CouncilRepository(parts.jdbc());
        this.notices = new NoticeRepository(parts.jdbc());
        this.parts = parts;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.PROVIDER_HOME, Access.PROVIDER, ctx -> ctx.json(home(RouteTable.providerId(ctx))));
    }

    HomePage home(long providerId) {
        Instant now = parts.clock().instant();
        var provider = providers.find(providerId)
                .orElseThrow(() -> ApiException.notFound("There is no such provider."));
        var visible = notices.visibleAt(now).stream().map(notice -> NoticeRepository.toView(notice, now)).toList();
        return new HomePage(provider, council.name(), visible, council.teams(), council.links());
    }
}
