package org.providerdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way screens run slow work (network, disk) away from the JavaFX thread. The result, or whatever the
 * work threw (any {@link Throwable}, {@link Error}s included, logged), comes back on the JavaFX thread, so a
 * spinner bound to {@link RunningTask#running()} always stops. A cancelled task delivers nothing. For "latest
 * request wins" (a newer search replaces an older one) use {@link LatestRequest}.
 *
 * <p>The desktop uses {@link WorkerTaskRunner#forJavaFx()}; tests use {@link #inline()}, which runs everything at
 * once on the calling thread.
 */
public interface TaskRunner {

    /** Work that can report progress and notice it was cancelled. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Handed to running work. */
    interface Progress {
        /** @param fraction 0 to 1, or a negative number for "working, amount unknown"; message may be null */
        void update(double fraction, String message);

        /** True once the task was cancelled: the work should stop soon (its result is dropped anyway). */
        boolean cancelled();
    }

    /**
     * @param work      runs on a worker thread
     * @param onSuccess runs on the JavaFX thread with the result, unless the task was cancelled
     * @param onFailure runs on the JavaFX thread with what {@code work} (or {@code onSuccess}) threw
     */
    <T> RunningTask run(Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The same for work that reports no progress. */
    default <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run((Work<T>) progress -> work.call(), onSuccess, onFailure);
    }

    /** Runs the work and the callbacks at once, on the calling thread (tests). */
    static TaskRunner inline() {
        return new WorkerTaskRunner(Runnable::run, Runnable::run);
    }
}
