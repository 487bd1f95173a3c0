package org.providerdesk.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an {@code application/problem+json} response. Unexpected failures are logged by
 * class and message only (request bodies may hold personal data) and answered with a plain 500.
 */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private final ObjectMapper json;

    public Problems(ObjectMapper json) {
        this.json = json;
    }

    /** @param allowedMethods the methods some route accepts at a path, for the {@code Allow} header of a 405 */
    public void install(RoutesConfig routes, Function<String, List<String>> allowedMethods) {
        routes.exception(ApiException.class, (e, ctx) -> respond(ctx, e.problem(), e.retryAfterSeconds()));
        routes.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, fromJavalin(e), null));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}: {} at {}", ctx.method(), ctx.path(), e.getClass().getName(),
                    whereThrown(e));
            respond(ctx, new Problem(ProblemTypes.SERVER_ERROR, "Something went wrong", 500,
                    "The portal could not finish this request. Please try again later.", Map.of()), null);
        });
        routes.error(404, ctx -> {
            if (!isProblem(ctx)) {
                respond(ctx, new Problem(ProblemTypes.NOT_FOUND, "Not found", 404,
                        "There is nothing at this address.", Map.of()), null);
            }
        });
        routes.error(405, ctx -> {
            List<String> allowed = allowedMethods.apply(ctx.path());
            if (!allowed.isEmpty()) {
                ctx.header("Allow", String.join(", ", allowed));
            }
            if (!isProblem(ctx)) {
                respond(ctx, new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                        "This address does not accept " + ctx.method() + ".", Map.of()), null);
            }
        });
    }

    /** Stack frames without the message: messages of database errors can quote the row being written. */
    private static String whereThrown(Throwable e) {
        StringBuilder frames = new StringBuilder();
        Throwable current = e;
        for (int depth = 0; current != null && depth < 3; depth++, current = current.getCause()) {
            if (depth > 0) {
                frames.append(" <- caused by ").append(current.getClass().getName()).append(" at ");
            }
            StackTraceElement[] trace = current.getStackTrace();
            for (int i = 0; i < Math.min(6, trace.length); i++) {
                frames.append(i == 0 ? "" : " < ").append(trace[i]);
            }
        }
        return frames.toString();
    }

    private static boolean isProblem(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(Problem.MEDIA_TYPE);
    }

    private static Problem fromJavalin(HttpResponseException e) {
        int status = e.getStatus();
        if (status == 413) {
            return new Problem(ProblemTypes.TOO_LARGE, "Request too large", 413,
                    "The request is larger than the portal accepts.", Map.of());
        }
        return ProblemErrorHandler.problemFor(status);
    }

    private void respond(Context ctx, Problem problem, Long retryAfterSeconds) {
        try {
            ctx.status(problem.status());
            if (retryAfterSeconds != null) {
                ctx.header("Retry-After", Long.toString(retryAfterSeconds));
            }
            ctx.contentType(Problem.MEDIA_TYPE);
            ctx.result(json.writeValueAsBytes(problem));
        } catch (Exception e) {
            ctx.status(500).result("");
        }
    }
}
