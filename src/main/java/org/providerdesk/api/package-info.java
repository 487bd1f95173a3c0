/**
 * The HTTP contract between the desktop client and the council's server: paths, request and response
 * records (serialised as JSON by Jackson), and RFC 9457 problem details.
 *
 * <p>May use {@code org.providerdesk.domain} only. Both sides depend on this package; neither side's
 * internals appear here.
 */
package org.providerdesk.api;
