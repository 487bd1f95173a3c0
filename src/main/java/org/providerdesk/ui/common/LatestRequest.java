package org.providerdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * "Latest request wins": each {@link #run} cancels the one before, and an older result that arrives anyway is
 * dropped. One per kind of request on a screen (the filter of a list, the period being opened). Used on the
 * JavaFX thread.
 */
public final class LatestRequest {

    private final TaskRunner runner;
    private RunningTask current;
    private long latest;

    public LatestRequest(TaskRunner runner) {
        this.runner = runner;
    }

    public <T> RunningTask run(TaskRunner.Work<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        cancel();
        long mine = latest;
        RunningTask task = runner.run(work, result -> {
            if (mine == latest) {
                onSuccess.accept(result);
            }
        }, failure -> {
            if (mine == latest) {
                onFailure.accept(failure);
            }
        });
        if (mine == latest) {
            current = task;
        }
        return task;
    }

    public <T> RunningTask run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        return run((TaskRunner.Work<T>) progress -> work.call(), onSuccess, onFailure);
    }

    /** Cancels the request in progress, if any: its result will not be shown. */
    public void cancel() {
        latest++;
        if (current != null) {
            current.cancel();
            current = null;
        }
    }
}
