/**
 * Retention: purging what the server only keeps for a while (idempotency records, sessions, login attempts and
 * failures, password resets, tombstones), and the horizon below which a sync cursor must start again. Uses the
 * server's database helper only; told to the sync feature through a plain cursor check.
 */
package org.providerdesk.server.retention;
