package org.providerdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (network, disk) away from the JavaFX thread and hands the result back on it. Tests use
 * {@link #inline()}, which runs everything at once on the calling thread.
 */
public interface Background {

    /**
     * @param work      runs on a worker thread
     * @param onSuccess runs on the JavaFX thread with the result
     * @param onFailure runs on the JavaFX thread with what {@code work} threw
     */
    <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    static Background inline() {
        return new Background() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
