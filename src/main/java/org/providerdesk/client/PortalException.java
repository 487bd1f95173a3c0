package org.providerdesk.client;

import org.providerdesk.api.Problem;

/** The portal answered, and refused: its problem details say why, in words for the user. */
public class PortalException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public PortalException(Problem problem) {
        super(problem.detail() != null ? problem.detail() : problem.title());
        this.problem = problem;
    }

    protected PortalException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public int status() {
        return problem.status();
    }

    public boolean isOfType(String problemType) {
        return problem.isOfType(problemType);
    }
}
