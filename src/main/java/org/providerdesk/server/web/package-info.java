/**
 * HTTP plumbing shared by every feature: the one shape of a feature ({@link org.providerdesk.server.web.Feature},
 * built from the {@link org.providerdesk.server.web.ServerParts}), the guarded
 * {@link org.providerdesk.server.web.RouteTable} (each route declares who may call it), problem+json errors,
 * strict JSON request bodies, path and query parameters ({@link org.providerdesk.server.web.Params}), paging,
 * idempotent writes, and the caller of a request.
 *
 * <p>May use Javalin, Jackson, {@code server.db}, {@code server.audit}, {@code server.sync} (only the
 * {@link org.providerdesk.server.sync.ChangeSource} a feature names), {@code api} and {@code domain}. Knows no
 * feature: features register their routes here, and authentication is plugged in through
 * {@link org.providerdesk.server.web.Authenticator}.
 */
package org.providerdesk.server.web;
