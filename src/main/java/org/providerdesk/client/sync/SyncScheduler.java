package org.providerdesk.client.sync;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Runs syncs on one background thread: every {@code interval}, and at once when asked (after the user queues a
 * command, or presses Sync now). Never on the caller's thread; listeners hear the status on the sync thread.
 */
public final class SyncScheduler implements AutoCloseable {

    private final SyncEngine engine;
    private final LongSupplier currentProvider;
    private final Duration interval;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread worker = new Thread(task, "desk-sync");
        worker.setDaemon(true);
        return worker;
    });
    private ScheduledFuture<?> periodic;

    /** @param currentProvider the provider being viewed, or a negative number for none */
    public SyncScheduler(SyncEngine engine, LongSupplier currentProvider, Duration interval) {
        this.engine = engine;
        this.currentProvider = currentProvider;
        this.interval = interval;
    }

    public void onStatus(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    public synchronized void start() {
        if (periodic == null) {
            periodic = thread.scheduleWithFixedDelay(this::syncSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Syncs as soon as the sync thread is free. */
    public void syncNow() {
        thread.execute(this::syncSafely);
    }

    private void syncSafely() {
        long provider = currentProvider.getAsLong();
        if (provider < 0) {
            return;
        }
        try {
            engine.sync(provider, status -> listeners.forEach(listener -> listener.accept(status)));
        } catch (RuntimeException e) {
            SyncStatus failed = new SyncStatus(false, false, null, 0, 0, 0,
                    "Sync stopped unexpectedly; it will try again.");
            listeners.forEach(listener -> listener.accept(failed));
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
