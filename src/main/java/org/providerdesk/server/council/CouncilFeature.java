package org.providerdesk.server.council;

import java.time.Instant;
import java.util.List;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.PortalStatus;
import org.providerdesk.server.notices.NoticeRepository;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * The council, wired: {@code GET /portal}, public, so the login screen can name the council, warn of downtime and
 * say whether the server's demo mailbox is there.
 */
public final class CouncilFeature implements Feature {

    private final CouncilRepository council;
    private final NoticeRepository notices;
    private final ServerParts parts;
    private final boolean demoMailbox;

    /** @param demoMailbox whether codes go to the demo mailbox rather than by e-mail */
    public CouncilFeature(ServerParts parts, boolean demoMailbox) {
        this.council = new CouncilRepository(parts.jdbc());
        this.notices = new NoticeRepository(parts.jdbc());
        this.parts = parts;
        this.demoMailbox = demoMailbox;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get(ApiPaths.PORTAL, Access.PUBLIC, ctx -> ctx.json(status()));
    }

    PortalStatus status() {
        Instant now = parts.clock().instant();
        List<NoticeView> downtime = notices.visibleAt(now).stream()
                .filter(notice -> notice.downtime())
                .map(notice -> NoticeRepository.toView(notice, now))
                .toList();
        return new PortalStatus(council.name(), downtime, demoMailbox);
    }
}
