/**
 * Provider notices: planned downtime and other news from the council. A downtime notice in force blocks
 * login.
 *
 * <p>May use {@code server.db}, {@code api} and {@code domain}.
 */
package org.providerdesk.server.notices;
