/**
 * HTTP plumbing shared by every feature: the guarded {@link org.providerdesk.server.web.RouteTable} (each
 * route declares who may call it), problem+json errors, strict JSON request bodies, and the caller of a
 * request.
 *
 * <p>May use Javalin, Jackson, {@code api} and {@code domain}. Knows no feature: features register their
 * routes here, and authentication is plugged in through {@link org.providerdesk.server.web.Authenticator}.
 */
package org.providerdesk.server.web;
