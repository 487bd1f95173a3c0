package org.providerdesk.server.web;

import java.util.Map;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;

/** Ends a request with a problem+json response. The message is for the user, never a stack trace. */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final Long retryAfterSeconds;

    public ApiException(int status, String type, String title, String detail) {
        this(new Problem(type, title, status, detail, Map.of()), null);
    }

    public ApiException(Problem problem, Long retryAfterSeconds) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Problem problem() {
        return problem;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public static ApiException validation(Map<String, String> fieldErrors) {
        String detail = fieldErrors.size() == 1
                ? fieldErrors.values().iterator().next()
                : "Some of the information is missing or not right.";
        return new ApiException(new Problem(ProblemTypes.VALIDATION, "Check the highlighted fields", 400,
                detail, fieldErrors), null);
    }

    public static ApiException notSignedIn() {
        return new ApiException(401, ProblemTypes.NOT_SIGNED_IN, "Not signed in",
                "Your session has ended. Please log in again.");
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, ProblemTypes.FORBIDDEN, "Not allowed", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, ProblemTypes.NOT_FOUND, "Not found", detail);
    }
}
