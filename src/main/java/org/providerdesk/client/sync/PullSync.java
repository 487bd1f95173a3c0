package org.providerdesk.client.sync;

import java.time.Clock;
import java.util.List;
import java.util.ArrayList;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.client.ChangeStreamReader;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.client.ReceivedChange;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheStore;

/**
 * Pulls one provider's changes from its cursor. A page is applied only when it arrived whole, and together with
 * its cursor, so a broken connection or a crash costs at most the pages in flight, which the next sync fetches
 * again.
 *
 * <p>While one page is being applied the next one is already on its way ({@link PageFetcher}: one fetching thread,
 * at most one whole page waiting), so the network and the cache work at the same time.
 */
public final class PullSync {

    public static final int PAGE_SIZE = 2000;
    /**
     * 410 on the feed: the cursor is older than the deletions the portal keeps. The same text as the server's
     * {@code ProblemTypes.SYNC_FROM_START} (issue 12), spelled here so this side does not wait for that merge.
     */
    static final String SYNC_FROM_START = ProblemTypes.SYNC_FROM_START;

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

    /**
     * @throws org.providerdesk.client.PortalUnreachableException when the portal stops answering (the whole
     *                                                            pages before that are kept)
     */
    public Pulled pull(long providerId, Progress progress) {
        try {
            return pullFrom(providerId, progress);
        } catch (PortalException tooOld) {
            if (tooOld.status() != 410 || !tooOld.isOfType(SYNC_FROM_START)) {
                throw tooOld;
            }
            return pullFromStart(providerId, progress);
        }
    }

    /**
     * The portal no longer keeps the deletions since our cursor, so it cannot say what was removed: read the whole
     * feed again from cursor 0, then swap it in for the provider's synced rows in one transaction. Until the swap,
     * the cache shows what it had; a connection lost half-way changes nothing and the next sync starts over.
     */
    Pulled pullFromStart(long providerId, Progress progress) {
        List<ReceivedChange> everything = new ArrayList<>();
        int pages = 0;
        long cursor = 0;
        try (PageFetcher fetcher = new PageFetcher(client, reader(), providerId, 0, pageSize)) {
            while (true) {
                PageFetcher.Page page = fetcher.take();
                everything.addAll(page.changes());
                if (!page.changes().isEmpty()) {
                    pages++;
                    cursor = page.end().nextCursor();
                    progress.pageApplied(pages, everything.size());
                }
                if (page.changes().isEmpty() || !page.end().hasMore()) {
                    break;
                }
            }
        }
        store.replaceAllSynced(providerId, everything, cursor, clock.instant());
        return new Pulled(pages, everything.size());
    }

    /** A reader for one pull's fetching thread, keeping only the fields the cache's columns take. */
    private static ChangeStreamReader reader() {
        return new ChangeStreamReader(CacheStore::fieldsRead);
    }

    private Pulled pullFrom(long providerId, Progress progress) {
        int pages = 0;
        long rows = 0;
        try (PageFetcher fetcher = new PageFetcher(client, reader(), providerId,
                store.cursor(providerId), pageSize)) {
            while (true) {
                PageFetcher.Page page = fetcher.take();
                List<ReceivedChange> changes = page.changes();
                if (changes.isEmpty()) {
                    store.touchSynced(providerId, clock.instant());
                    return new Pulled(pages, rows);
                }
                store.applyPage(providerId, changes, page.end().nextCursor(), clock.instant(), faults);
                pages++;
                rows += changes.size();
                progress.pageApplied(pages, rows);
                if (!page.end().hasMore()) {
                    return new Pulled(pages, rows);
                }
            }
        }
    }
}
