package org.providerdesk.client.cache;

/**
 * Where applying a page can be interrupted, for the crash tests: a failure thrown at any step rolls the whole
 * page back, cursor included. {@link #NONE} in production.
 */
@FunctionalInterface
public interface ApplyFaults {

    /** The steps of applying one page, in order; the transaction commits after the last. */
    enum Step { ROWS_WRITTEN, TOMBSTONES_APPLIED, CURSOR_WRITTEN }

    ApplyFaults NONE = step -> { };

    void reached(Step step);
}
