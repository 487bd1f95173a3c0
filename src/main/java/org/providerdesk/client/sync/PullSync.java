package org.providerdesk.client.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.ReceivedChange;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheStore;

/**
 * Pulls one provider's changes from its cursor. A page is applied only when it arrived whole, and together with
 * its cursor, so a broken connection or a crash costs at most the page in flight, which the next sync fetches
 * again.
 */
public final class PullSync {

    public static final int PAGE_SIZE = 2000;

    private final PortalClient client;
    private final CacheStore store;
    private final Clock clock;
    private final int pageSize;
    private final ApplyFaults faults;

    public PullSync(PortalClient client, CacheStore store, Clock clock, int pageSize, ApplyFaults faults) {
        this.client = client;
        this.store = store;
        this.clock = clock;
        this.pageSize = pageSize;
        this.faults = faults;
    }

    /** Progress of a pull, page by page. */
    @FunctionalInterface
    public interface Progress {
        void pageApplied(int pages, long rows);
    }

    /** What a pull did. */
    public record Pulled(int pages, long rows) {
    }

    public Pulled pull(long providerId, Progress progress) {
        long cursor = store.cursor(providerId);
        int pages = 0;
        long rows = 0;
        while (true) {
            List<ReceivedChange> page = new ArrayList<>();
            PortalClient.PageEnd end = client.readChanges(providerId, cursor, pageSize, page::add);
            if (page.isEmpty()) {
                store.touchSynced(providerId, clock.instant());
                return new Pulled(pages, rows);
            }
            store.applyPage(providerId, page, end.nextCursor(), clock.instant(), faults);
            cursor = end.nextCursor();
            pages++;
            rows += page.size();
            progress.pageApplied(pages, rows);
            if (!end.hasMore()) {
                return new Pulled(pages, rows);
            }
        }
    }
}
