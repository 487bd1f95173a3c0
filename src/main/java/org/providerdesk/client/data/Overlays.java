package org.providerdesk.client.data;

import java.util.List;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.commands.Commands;

/**
 * The commands a reader lays over the cached rows: those not sent, refused, or sent after the last sync (until
 * the pull brings the portal's row, which then supersedes the overlay).
 */
final class Overlays {

    private final CacheStore store;
    private final Commands commands;

    Overlays(LocalCache cache) {
        this.store = new CacheStore(cache);
        this.commands = new Commands(new Outbox(cache));
    }

    List<Commands.Stored> of(long providerId) {
        return commands.notYetSynced(providerId, store.lastSyncedAt(providerId).orElse(null));
    }

    /**
     * "Waiting to send", or what became of it; with {@code what} (such as "Confirmation") in front, or null for
     * the plain words.
     */
    static Listed.Pending pending(Outbox.Item item, String what) {
        String subject = what == null ? "" : what + " ";
        String label = switch (item.state()) {
            case PENDING -> subject + "waiting to send";
            case REFUSED -> subject + "refused: see Waiting to send";
            case SENT -> subject + "sent, updating";
        };
        return new Listed.Pending(item.id(), label.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
                + label.substring(1), item.state() == Outbox.State.REFUSED);
    }
}
