/**
 * Provider notices: planned downtime and other news from the council. A downtime notice in force blocks
 * login and providers' changes ({@link org.providerdesk.server.notices.Downtime}).
 *
 * <p>The council posts and ends notices ({@code /council/notices}); every provider receives every notice through
 * the sync feed. {@link org.providerdesk.server.notices.NoticesFeature} wires both and gives the route table
 * its downtime gate.
 *
 * <p>May use {@code server.web}, {@code server.db}, {@code server.sync}, {@code api} and {@code domain}.
 */
package org.providerdesk.server.notices;
