package org.providerdesk.server.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.util.Map;
import java.util.stream.Collectors;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;

/** Reads a JSON request body into a record, answering 400 with the field's name when it does not fit. */
public final class RequestBodies {

    private final ObjectMapper json;

    public RequestBodies(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw malformed("The request has no body.", Map.of());
        }
        if (!JsonBodies.isJson(ctx.contentType())) {
            throw JsonBodies.unsupported();
        }
        try {
            T value = json.readValue(body, type);
            if (value == null) {
                throw malformed("The request body is empty.", Map.of());
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw malformed("The request has a field the portal does not know: " + e.getPropertyName() + ".",
                    Map.of(e.getPropertyName(), "Not a known field."));
        } catch (MismatchedInputException e) {
            String field = fieldOf(e);
            if (field.isEmpty()) {
                throw malformed("The request body is not of the expected shape.", Map.of());
            }
            throw malformed("The field " + field + " has the wrong type.", Map.of(field, "Wrong type of value."));
        } catch (JsonProcessingException e) {
            throw malformed("The request body is not valid JSON.", Map.of());
        } catch (java.io.IOException e) {
            throw malformed("The request body could not be read.", Map.of());
        }
    }

    private static String fieldOf(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static ApiException malformed(String detail, Map<String, String> errors) {
        return new ApiException(new Problem(ProblemTypes.MALFORMED_REQUEST, "Malformed request", 400, detail,
                errors), null);
    }
}
