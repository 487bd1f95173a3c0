/**
 * Sending e-mail: through SMTP with Jakarta Mail, or, on a demo server, into the demo mailbox that the login
 * screen can show, so a first-time user can log in without a mail server.
 *
 * <p>{@link org.providerdesk.server.mail.MailFeature} picks the server's one mailer and serves the demo inbox.
 *
 * <p>May use Jakarta Mail, {@code server.db}, {@code server.web} and {@code api}.
 */
package org.providerdesk.server.mail;
