package org.providerdesk.client.cache;

/** The password does not open this user's cache (it was made with another one). */
public final class WrongCachePasswordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WrongCachePasswordException() {
        super("That password does not open the data saved on this computer.");
    }
}
