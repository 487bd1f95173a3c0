package org.providerdesk.server.web;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Map;

/**
 * Parameters from paths and query strings, parsed one way on every route: a path id that is not a number is
 * simply not found (404); a query parameter that cannot be read is a 400 naming it.
 */
public final class Params {

    private Params() {
    }

    /** @throws ApiException 404 when the path parameter is not a positive whole number */
    public static long pathId(Context ctx, String name, String whatIsMissing) {
        try {
            long id = Long.parseLong(ctx.pathParam(name));
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // not found, as below
        }
        throw ApiException.notFound(whatIsMissing);
    }

    /** @return the query parameter as a positive id, or null when absent; 400 naming it when not a number */
    public static Long queryId(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.validation(Map.of(name, "Use the id of one from the list."));
    }

    /** @return the query parameter as a whole number from min to max, the fallback when absent; 400 otherwise */
    public static int queryInt(Context ctx, String name, int fallback, int min, int max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.validation(Map.of(name, "Use a whole number from " + min + " to " + max + "."));
    }

    /**
     * One rule for query parameters that say yes or no: absent or empty takes the route's default, {@code true} or
     * {@code false} (any case) is taken, anything else is a 400 naming the parameter, on every route alike.
     *
     * @throws ApiException 400 naming {@code name} when the value is neither true nor false
     */
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
