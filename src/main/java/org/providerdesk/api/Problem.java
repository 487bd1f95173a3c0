package org.providerdesk.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * RFC 9457 problem details, the body of every error response ({@value #MEDIA_TYPE}).
 *
 * @param type   a URI naming the kind of problem (see {@link ProblemTypes})
 * @param title  a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, in words a care-home administrator understands
 * @param errors per request field, what is wrong with it (validation problems only)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        errors = errors == null ? Map.of() : Map.copyOf(errors);
    }

    public boolean isOfType(String problemType) {
        return problemType.equals(type);
    }
}
