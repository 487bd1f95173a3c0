package org.providerdesk.server.mail;

/** Sends a plain-text e-mail. */
public interface Mailer {

    /** @throws MailFailedException when the message could not be handed over for delivery */
    void send(String to, String subject, String body);
}
