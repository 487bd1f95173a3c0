package org.providerdesk.api;

import java.util.List;

/**
 * A page of the sync feed. Ask for the next page with {@code after=nextCursor} while {@code hasMore}.
 *
 * @param nextCursor the version of the last change in this page (the request's cursor when it is empty)
 */
public record ChangePage(List<Change> changes, long nextCursor, boolean hasMore) {

    public ChangePage {
        changes = List.copyOf(changes);
    }
}
