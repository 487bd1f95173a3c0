package org.providerdesk.server.mail;

/** The mail server refused or could not be reached. */
public final class MailFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
