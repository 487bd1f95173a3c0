package org.providerdesk.client.data;

/**
 * A row as a screen shows it: the cached record, or the effect of a command not yet in the cache, with
 * {@code pending} saying so ("Waiting to send", "Confirmation waiting to send", ...). {@code pending} is null for
 * a row the portal has confirmed. A row made from a command has a negative id: minus its outbox id.
 */
public record Listed<T>(T row, Pending pending) {

    /** A command not yet in the cache: its outbox id, the words to show, and whether the portal refused it. */
    public record Pending(long outboxId, String label, boolean refused) {
    }

    public static <T> Listed<T> synced(T row) {
        return new Listed<>(row, null);
    }

    public boolean isPending() {
        return pending != null;
    }
}
