package org.providerdesk.client.data;

import java.time.Instant;
import java.util.List;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.SyncedNotice;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.domain.Notice;

/** Provider notices, newest first, with whether each is in force judged as of {@code now}. */
public final class Notices {

    private final CacheRows rows;

    public Notices(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public List<NoticeView> all(long providerId, Instant now) {
        return rows.list(SyncedNotice.class, "SELECT data FROM c_notice WHERE provider_id = ? "
                + "ORDER BY starts_at DESC, id DESC", providerId).stream()
                .map(n -> new NoticeView(n.id(), n.title(), n.body(), n.startsAt(), n.endsAt(), n.downtime(),
                        new Notice(n.id(), n.title(), n.body(), n.startsAt(), n.endsAt(), n.downtime())
                                .isInForceAt(now)))
                .toList();
    }
}
