package org.providerdesk.reports;

/**
 * Told how far an export has got, from the thread doing it (a screen hands it on to its progress bar).
 * An export checks its thread's interrupt flag as it goes and stops with a
 * {@link java.util.concurrent.CancellationException} when it is set.
 */
@FunctionalInterface
public interface ReportProgress {

    /** Says nothing. */
    ReportProgress NONE = (done, total) -> { };

    /** @param done lines written so far; {@code total} when finished */
    void update(long done, long total);
}
