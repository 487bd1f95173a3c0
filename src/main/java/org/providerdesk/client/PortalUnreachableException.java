package org.providerdesk.client;

/** The portal did not answer: no network, the server is down, or the connection broke. Worth retrying. */
public final class PortalUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PortalUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
