/**
 * The council that runs the portal: its name, its teams with what to contact them about, and the links it
 * publishes; and the public portal status the login screen shows.
 *
 * <p>May use {@code server.web}, {@code server.db}, {@code server.notices}, {@code api} and {@code domain}.
 */
package org.providerdesk.server.council;
