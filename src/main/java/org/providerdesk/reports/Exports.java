package org.providerdesk.reports;

import java.util.concurrent.CancellationException;

/** What every writer shares: stopping when the thread doing the export is interrupted. */
final class Exports {

    private Exports() {
    }

    static void checkNotCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The export was cancelled");
        }
    }
}
