/**
 * What lets desktop clients sync: change numbers from one server-wide counter, tombstones for deletions, and the
 * changes feed that merges every synced kind of one provider in change-number order.
 *
 * <p>May use {@code server.web}, {@code server.db} and {@code api}. Features register a
 * {@link org.providerdesk.server.sync.ChangeSource} for each kind they sync.
 */
package org.providerdesk.server.sync;
