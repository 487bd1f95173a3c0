package org.providerdesk.server.council;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.PortalStatus;
import org.providerdesk.server.notices.NoticeRepository;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.RouteTable;

/** {@code GET /portal}: public, so the login screen can name the council and warn of downtime. */
public final class PortalStatusRoutes {

    private final CouncilRepository council;
    private final NoticeRepository notices;
    private final Clock clock;
    private final boolean demoMailbox;

    public PortalStatusRoutes(CouncilRepository council, NoticeRepository notices, Clock clock, boolean demoMailbox) {
        this.council = council;
        this.notices = notices;
        this.clock = clock;
        this.demoMailbox = demoMailbox;
    }

    public void register(RouteTable routes) {
        routes.get(ApiPaths.PORTAL, Access.PUBLIC, ctx -> ctx.json(status()));
    }

    PortalStatus status() {
        Instant now = clock.instant();
        List<NoticeView> downtime = notices.visibleAt(now).stream()
                .filter(notice -> notice.downtime())
                .map(notice -> NoticeRepository.toView(notice, now))
                .toList();
        return new PortalStatus(council.name(), downtime, demoMailbox);
    }
}
