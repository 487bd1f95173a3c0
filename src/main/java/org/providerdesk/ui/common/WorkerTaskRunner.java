package org.providerdesk.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work on one executor and hands results over on another (the JavaFX thread on the desktop). Every
 * {@link Throwable} is caught, logged without its message (messages may quote data) and handed to the failure
 * callback.
 */
public final class WorkerTaskRunner implements TaskRunner, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WorkerTaskRunner.class);

    private final Executor workers;
    private final Executor deliver;

    /**
     * @param workers runs the work
     * @param deliver runs the callbacks and property changes (the JavaFX thread)
     */
    public WorkerTaskRunner(Executor workers, Executor deliver) {
        this.workers = workers;
        this.deliver = deliver;
    }

    /** Daemon worker threads; results through {@link Platform#runLater}. */
    public static WorkerTaskRunner forJavaFx() {
        return withWorkerThreads(Platform::runLater);
    }

    /** Daemon worker threads, results handed over on {@code deliver}. */
    public static WorkerTaskRunner withWorkerThreads(Executor deliver) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "desk-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new WorkerTaskRunner(pool, deliver);
    }

    @Override
    public <T> RunningTask run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Handle handle = new Handle();
        workers.execute(() -> execute(handle, work, onSuccess, onFailure));
        return handle;
    }

    private <T> void execute(Handle handle, Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        handle.started(Thread.currentThread());
        try {
            if (handle.isCancelled()) {
                return;
            }
            result = work.call(handle);
        } catch (Throwable failure) {
            if (handle.isCancelled()) {
                LOG.debug("A cancelled task ended with {}", failure.getClass().getName());
                deliver.execute(handle::finished);
                return;
            }
            log(failure);
            deliver.execute(() -> fail(handle, onFailure, failure));
            return;
        } finally {
            handle.stopped();
        }
        deliver.execute(() -> {
            if (handle.isCancelled()) {
                handle.finished();
                return;
            }
            try {
                onSuccess.accept(result);
            } catch (Throwable failure) {
                log(failure);
                fail(handle, onFailure, failure);
                return;
            }
            handle.finished();
        });
    }

    private static void fail(Handle handle, Consumer<Throwable> onFailure, Throwable failure) {
        handle.finished();
        if (handle.isCancelled()) {
            return;
        }
        try {
            onFailure.accept(failure);
        } catch (Throwable alsoFailed) {
            log(alsoFailed);
        }
    }

    /** Expected failures (the portal refused, or did not answer) briefly; anything else with its stack trace. */
    static void log(Throwable failure) {
        if (UserMessages.isExpected(failure)) {
            LOG.info("A task ended with {}", failure.getClass().getName());
        } else {
            LOG.error("A task failed: {}", Diagnostics.stackTrace(failure));
        }
    }

    @Override
    public void close() {
        if (workers instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    /** One task's state. Property changes go through {@code deliver}. */
    private final class Handle implements RunningTask, Progress {
        private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(true);
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        private volatile boolean cancelled;
        private Thread worker;
        private boolean interrupted;

        synchronized void started(Thread thread) {
            worker = thread;
        }

        synchronized void stopped() {
            worker = null;
            if (interrupted) {
                Thread.interrupted(); // our interrupt must not leak into the next task on this pooled thread
            }
        }

        void finished() {
            running.set(false);
        }

        @Override
        public void cancel() {
            if (cancelled) {
                return;
            }
            cancelled = true;
            synchronized (this) {
                if (worker != null && worker != Thread.currentThread()) {
                    interrupted = true;
                    worker.interrupt();
                }
            }
            deliver.execute(this::finished);
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        @Override
        public void update(double fraction, String text) {
            deliver.execute(() -> {
                progress.set(fraction);
                message.set(text == null ? "" : text);
            });
        }

        @Override
        public ReadOnlyBooleanProperty running() {
            return running.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progress() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty message() {
            return message.getReadOnlyProperty();
        }
    }
}
