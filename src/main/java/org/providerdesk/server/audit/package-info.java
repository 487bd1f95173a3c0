/**
 * The audit trail: who did what, and when, for every write. Entries name records by id and never hold
 * personal data of the people in care.
 *
 * <p>May use {@code server.db}. Used by {@code server.web.ServerParts}, so every feature writes to it.
 */
package org.providerdesk.server.audit;
