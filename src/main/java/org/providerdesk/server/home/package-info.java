/**
 * The home page of one provider: its notices, the council's team directory and links.
 *
 * <p>May use {@code server.web}, {@code server.council}, {@code server.notices}, {@code server.providers},
 * {@code api} and {@code domain}.
 */
package org.providerdesk.server.home;
