package org.providerdesk.client.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.providerdesk.client.ChangeStreamReader;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.ReceivedChange;

/**
 * Fetches the pages of one pull on its own thread, one after another from a cursor, and hands each over only
 * once it has arrived whole. At most one page waits to be taken (plus the one being read), so memory stays
 * bounded however far the network runs ahead. A failure is handed over in order, after the pages before it.
 * Closing stops the thread after the page it is reading and drops whatever it had not handed over.
 */
final class PageFetcher implements AutoCloseable {

    /** A whole page and how it ended. */
    record Page(List<ReceivedChange> changes, PortalClient.PageEnd end) {
    }

    /** One hand-off: a page, or the failure that ended fetching. */
    private record Handoff(Page page, RuntimeException failure) {
    }

    private final BlockingQueue<Handoff> ready = new ArrayBlockingQueue<>(1);
    private final Thread thread;
    private volatile boolean closed;

    /** @param reader reads the pages, on the fetching thread only */
    PageFetcher(PortalClient client, ChangeStreamReader reader, long providerId, long cursor, int pageSize) {
        thread = new Thread(() -> fetchAll(client, reader, providerId, cursor, pageSize), "sync-page-fetcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void fetchAll(PortalClient client, ChangeStreamReader reader, long providerId, long cursor,
            int pageSize) {
        long after = cursor;
        try {
            while (!closed) {
                List<ReceivedChange> changes = new ArrayList<>(pageSize);
                PortalClient.PageEnd end = client.readChanges(providerId, after, pageSize, reader, changes::add);
                if (!handOver(new Handoff(new Page(changes, end), null)) || changes.isEmpty() || !end.hasMore()) {
                    return;
                }
                after = end.nextCursor();
            }
        } catch (RuntimeException e) {
            handOver(new Handoff(null, e));
        } catch (Error e) {
            handOver(new Handoff(null, new IllegalStateException("Fetching a page failed", e)));
            throw e;
        }
    }

    /** @return false when closed before the hand-off could be made */
    private boolean handOver(Handoff handoff) {
        try {
            while (!closed) {
                if (ready.offer(handoff, 100, TimeUnit.MILLISECONDS)) {
                    return true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return false;
    }

    /** The next whole page, waiting for it as long as it takes; throws the failure that ended fetching. */
    Page take() {
        Handoff next;
        try {
            next = ready.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PortalUnreachableException("The sync was interrupted.", e);
        }
        if (next.failure() != null) {
            throw next.failure();
        }
        return next.page();
    }

    /**
     * Stops fetching. A page being read is not interrupted (that would look like the portal going away to the
     * connection listeners): the thread finishes it, finds the fetcher closed and drops it.
     */
    @Override
    public void close() {
        closed = true;
        ready.clear();
    }
}
