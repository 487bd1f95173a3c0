package org.providerdesk.server.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;

/**
 * One rule for query parameters that say yes or no: absent or empty takes the route's default, {@code true} or
 * {@code false} (any case) is taken, anything else is a 400 naming the parameter, on every route alike.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** @throws ApiException 400 naming {@code name} when the value is neither true nor false */
    public static boolean bool(Context ctx, String name, boolean fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.validation(Map.of(name, "Use true or false."));
        };
    }
}
