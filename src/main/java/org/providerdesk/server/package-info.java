/**
 * The council's side of the portal: a Javalin HTTP server over a database (H2 or PostgreSQL), one package
 * per feature (routes, service, repository). {@link org.providerdesk.server.PortalServer} wires the
 * features together with plain constructors.
 *
 * <p>May use {@code api} and {@code domain}; never {@code client} or {@code ui}. Keeps no state in memory
 * that another server instance would need: sessions, codes and throttling records are in the database.
 */
package org.providerdesk.server;
