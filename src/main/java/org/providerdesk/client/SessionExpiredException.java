package org.providerdesk.client;

import org.providerdesk.api.Problem;

/**
 * The portal no longer knows this client's session (it expired or was ended): the token is dropped and the user
 * must log in again. Nothing saved on this computer is lost: the outbox keeps what waits to be sent.
 */
public final class SessionExpiredException extends PortalException {

    private static final long serialVersionUID = 1L;

    public static final String MESSAGE = "Your session has expired. Please log in again: nothing you saved is lost.";

    public SessionExpiredException(Problem problem) {
        super(problem, MESSAGE);
    }
}
