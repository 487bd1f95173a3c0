package org.providerdesk.client;

import java.time.Duration;
import org.providerdesk.api.Problem;

/** A 503 that says when to come back (Retry-After, in seconds). */
public final class PortalBusyException extends PortalException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    PortalBusyException(Problem problem, Duration retryAfter) {
        super(problem);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
