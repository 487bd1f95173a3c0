package org.providerdesk.client;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A login the portal asked to come back to shortly (503 with a Retry-After of seconds: too many password checks
 * at once, at nine in the morning, or a downtime about to end) is tried again after that pause, within a minute
 * in all, instead of telling the user the portal is busy. A longer Retry-After (a downtime of hours) is
 * reported at once.
 */
public final class BusyRetry {

    /** How the client waits between tries: {@link Thread#sleep} in the app. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    static final Duration LONGEST_PAUSE = Duration.ofSeconds(10);
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Pause pause;

    BusyRetry(Pause pause) {
        this.pause = pause;
    }

    <T> T call(Supplier<T> call) {
        return call(call, pause -> { });
    }

    /** @param beforePause told each pause before it starts, such as to say "trying again in 5 s" */
    <T> T call(Supplier<T> call, java.util.function.Consumer<Duration> beforePause) {
        Duration waited = Duration.ZERO;
        while (true) {
            try {
                return call.get();
            } catch (PortalBusyException busy) {
                Duration next = busy.retryAfter();
                if (next.compareTo(LONGEST_PAUSE) > 0 || waited.plus(next).compareTo(PATIENCE) > 0) {
                    throw busy;
                }
                beforePause.accept(next);
                try {
                    pause.pause(next);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
                waited = waited.plus(next);
            }
        }
    }
}
