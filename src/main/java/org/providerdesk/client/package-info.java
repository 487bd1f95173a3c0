/**
 * The headless client core: {@link org.providerdesk.client.PortalClient} speaks the portal API over HTTP
 * (OkHttp + Jackson) and keeps the session token; a login the portal asks to bring back in a few seconds is
 * tried again after that pause ({@code BusyRetry}). No JavaFX here, so all of it is tested without a screen.
 *
 * <p>May use {@code api} and {@code domain}; never {@code server} (the client knows the server only through
 * HTTP) nor {@code ui}.
 */
package org.providerdesk.client;
