/**
 * The council's side of the portal: a Javalin HTTP server over a database (H2 or PostgreSQL), one package
 * per feature, each of one shape (DESIGN.md section 10): a {@link org.providerdesk.server.web.Feature} that
 * registers its routes and names its change sources, services with the rules, repositories with the SQL.
 * {@link org.providerdesk.server.PortalServer} builds every feature from the
 * {@link org.providerdesk.server.web.ServerParts}, registers them in turn and gathers their change sources into
 * the sync feed.
 *
 * <p>May use {@code api} and {@code domain}; never {@code client} or {@code ui}. Keeps no state in memory
 * that another server instance would need: sessions, codes and throttling records are in the database.
 */
package org.providerdesk.server;
