package org.providerdesk.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;

/**
 * Answers the errors the web server raises itself, before any route runs (a NUL byte in the path, a header
 * larger than it reads, a request line it cannot parse), as {@code application/problem+json} like every other
 * answer of the API, never Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    private final ObjectMapper json;

    public ProblemErrorHandler(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        byte[] body = json.writeValueAsBytes(problemFor(code));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static Problem problemFor(int code) {
        return switch (code) {
            case 404 -> new Problem(ProblemTypes.NOT_FOUND, "Not found", 404, "There is nothing at this address.",
                    Map.of());
            case 413 -> new Problem(ProblemTypes.TOO_LARGE, "Request too large", 413,
                    "The request is larger than the portal accepts.", Map.of());
            case 431 -> new Problem(ProblemTypes.TOO_LARGE, "Request headers too large", 431,
                    "The request's headers are larger than the portal accepts.", Map.of());
            default -> code >= 500
                    ? new Problem(ProblemTypes.SERVER_ERROR, "Something went wrong", code,
                            "The portal could not finish this request. Please try again later.", Map.of())
                    : new Problem(ProblemTypes.MALFORMED_REQUEST, "Request not accepted", code,
                            "The portal could not read this request.", Map.of());
        };
    }
}
