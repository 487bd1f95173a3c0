package org.providerdesk.client.sync;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;

/** One sync of one provider: push the outbox, then pull. Reports status as it goes. Not thread-safe: one at a time. */
public final class SyncEngine {

    private final PortalClient client;
    private final CacheStore store;
    private final Outbox outbox;
    private final OutboxPusher pusher;
    private final PullSync puller;
    private final Clock clock;

    public SyncEngine(PortalClient client, LocalCache cache, Clock clock, int pageSize, ApplyFaults faults) {
        this.client = client;
        this.clock = clock;
        this.store = new CacheStore(cache);
        this.outbox = new Outbox(cache);
        this.pusher = new OutboxPusher(client, outbox, clock);
        this.puller = new PullSync(client, store, clock, pageSize, faults);
    }

    public SyncEngine(PortalClient client, LocalCache cache, Clock clock) {
        this(client, cache, clock, PullSync.PAGE_SIZE, ApplyFaults.NONE);
    }

    /** @param onStatus hears the status at the start, after each page and at the end */
    public SyncStatus sync(long providerId, Consumer<SyncStatus> onStatus) {
        Objects.requireNonNull(onStatus);
        onStatus.accept(status(providerId, true, true, 0, null));
        OutboxPusher.Pushed pushed = pusher.push();
        if (pushed.signedOut()) {
            return finish(providerId, true, "Your session has ended: log in again to send your changes.", onStatus);
        }
        if (pushed.portalUnavailable()) {
            return finish(providerId, false, "Changes will be sent when the portal answers again.", onStatus);
        }
        try {
            java.time.Instant pullStarted = clock.instant();
            puller.pull(providerId, (pages, rows) -> onStatus.accept(status(providerId, true, true, rows, null)));
            outbox.removeDelivered(providerId, pullStarted, clock.instant());
            return finish(providerId, true, null, onStatus);
        } catch (PortalUnreachableException e) {
            return finish(providerId, false, "The portal is not answering; showing the data saved on this computer.",
                    onStatus);
        } catch (PortalException e) {
            return finish(providerId, e.status() < 500, e.getMessage(), onStatus);
        }
    }

    private SyncStatus finish(long providerId, boolean online, String problem, Consumer<SyncStatus> onStatus) {
        SyncStatus done = status(providerId, online, false, 0, problem);
        onStatus.accept(done);
        return done;
    }

    private SyncStatus status(long providerId, boolean online, boolean syncing, long rows, String problem) {
        int refused = (int) outbox.waiting().stream().filter(item -> item.state() == Outbox.State.REFUSED).count();
        return new SyncStatus(online, syncing, store.lastSyncedAt(providerId).orElse(null), outbox.countWaiting(),
                refused, rows, problem);
    }

    public PortalClient client() {
        return client;
    }
}
