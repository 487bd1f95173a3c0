package org.providerdesk.client.cache;

/** The cache could not be read or written (disk full, file damaged, opened by another Provider Desk). */
public final class CacheFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CacheFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
