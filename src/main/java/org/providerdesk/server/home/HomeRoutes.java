package org.providerdesk.server.home;

import java.time.Clock;
import java.time.Instant;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.HomePage;
import org.providerdesk.server.council.CouncilRepository;
import org.providerdesk.server.notices.NoticeRepository;
import org.providerdesk.server.providers.ProviderRepository;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.RouteTable;

/** {@code GET /providers/{providerId}/home} for a user with access to that provider. */
public final class HomeRoutes {

    private final ProviderRepository providers;
    private final CouncilRepository council;
    private final NoticeRepository notices;
    private final Clock clock;

    public HomeRoutes(ProviderRepository providers, CouncilRepository council, NoticeRepository notices,
            Clock clock) {
        this.providers = providers;
        this.council = council;
        this.notices = notices;
        this.clock = clock;
    }

    public void register(RouteTable routes) {
        routes.get(ApiPaths.PROVIDER_HOME, Access.PROVIDER, ctx -> ctx.json(home(RouteTable.providerId(ctx))));
    }

    HomePage home(long providerId) {
        Instant now = clock.instant();
        var provider = providers.find(providerId)
                .orElseThrow(() -> ApiException.notFound("There is no such provider."));
        var visible = notices.visibleAt(now).stream().map(notice -> NoticeRepository.toView(notice, now)).toList();
        return new HomePage(provider, council.name(), visible, council.teams(), council.links());
    }
}
