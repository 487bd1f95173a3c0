/**
 * Sending e-mail: through SMTP with Jakarta Mail, or, on a demo server, into the demo mailbox that the login
 * screen can show, so a first-time user can log in without a mail server.
 *
 * <p>May use Jakarta Mail and {@code server.db}.
 */
package org.providerdesk.server.mail;
