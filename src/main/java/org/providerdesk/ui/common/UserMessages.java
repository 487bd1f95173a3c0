package org.providerdesk.ui.common;

import org.providerdesk.client.PortalException;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.cache.WrongCachePasswordException;

/** Failures in words a care-home administrator understands; never a stack trace or an exception name. */
public final class UserMessages {

    public static final String UNREACHABLE =
            "Provider Desk cannot reach the portal. Check your internet connection and try again.";
    public static final String UNEXPECTED =
            "Something went wrong in Provider Desk. Please try again; if it keeps happening, restart it.";

    private UserMessages() {
    }

    /** A failure the app expects now and then (the portal refused or did not answer, a wrong password). */
    public static boolean isExpected(Throwable failure) {
        return failure instanceof PortalException || failure instanceof PortalUnreachableException
                || failure instanceof WrongCachePasswordException;
    }

    public static String describe(Throwable failure) {
        if (failure instanceof PortalException refused) {
            return refused.getMessage();
        }
        if (failure instanceof PortalUnreachableException) {
            return UNREACHABLE;
        }
        return UNEXPECTED;
    }
}
