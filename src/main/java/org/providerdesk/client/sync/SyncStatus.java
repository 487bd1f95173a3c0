package org.providerdesk.client.sync;

import java.time.Instant;

/**
 * What the status bar shows: whether the portal answers, when the provider last synced, and the commands that
 * wait or were refused.
 *
 * @param online        the portal answered the last attempt
 * @param syncing       a sync is running now
 * @param lastSyncedAt  null until the first sync completes
 * @param waiting       commands waiting to be sent
 * @param refused       commands the portal refused, waiting for the user
 * @param progressRows  rows received so far in the running sync
 * @param problem       why the last sync did not finish, in words for the user; null when it did
 */
public record SyncStatus(boolean online, boolean syncing, Instant lastSyncedAt, int waiting, int refused,
        long progressRows, String problem) {
}
