package org.providerdesk.server.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keyset paging of lists whose body stays a plain JSON array (so older clients read the first page as before).
 * When more rows wait, the answer carries {@code Next-Cursor: <cursor>} and {@code Link: <same request with
 * after=cursor>; rel="next"}; a client follows it until no such header comes. A cursor is
 * {@code <sort key>~<id>} of the last row sent: opaque to clients.
 */
public final class Paging {

    public static final String NEXT_CURSOR = "Next-Cursor";
    public static final String AFTER = "after";
    public static final String LIMIT = "limit";
    private static final String ROW = "r";

    private Paging() {
    }

    /** A cursor read back: the sort key's text and the row id. */
    public record Cursor(String key, long id) {
    }

    /** @return the {@code after} cursor, or null when absent; @throws ApiException 400 naming it when malformed */
    public static Cursor after(Context ctx) {
        String raw = ctx.queryParam(AFTER);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        int tilde = raw.lastIndexOf('~');
        try {
            if (tilde > 0) {
                return new Cursor(raw.substring(0, tilde), Long.parseLong(raw.substring(tilde + 1)));
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw badCursor();
    }

    /**
     * A cursor that is only a row id ({@code r~<id>}): for lists sorted by something a URL must not carry (a
     * client's name), whose sort key is looked up again from the row. @return null when absent
     */
    public static Long afterRow(Context ctx) {
        Cursor after = after(ctx);
        if (after == null) {
            return null;
        }
        if (!ROW.equals(after.key())) {
            throw badCursor();
        }
        return after.id();
    }

    /** The cursor {@link #afterRow} reads back. */
    public static String rowCursor(long id) {
        return ROW + "~" + id;
    }

    /** The {@code limit} parameter: {@code fallback} when absent; @throws ApiException 400 naming it otherwise */
    public static int limit(Context ctx, int fallback, int max) {
        String value = ctx.queryParam(LIMIT);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiException.validation(Map.of(LIMIT, "Use a whole number from 1 to " + max + "."));
    }

    public static ApiException badCursor() {
        return ApiException.validation(Map.of(AFTER, "Use the Next-Cursor of the previous page."));
    }

    /**
     * Sends {@code rows} (fetched as {@code limit + 1} to see whether more wait) as the page, with the next-page
     * headers when they do.
     */
    public static <T> List<T> page(Context ctx, List<T> rows, int limit, java.util.function.Function<T, String> cursor) {
        if (rows.size() <= limit) {
            return rows;
        }
        List<T> page = rows.subList(0, limit);
        next(ctx, cursor.apply(page.get(page.size() - 1)));
        return List.copyOf(page);
    }

    /**
     * Says that more rows wait after {@code next}: for an answer whose body is an object holding one page of a
     * list (a schedule and a page of its lines), which a client follows the same way.
     */
    public static void next(Context ctx, String next) {
        ctx.header(NEXT_CURSOR, next);
        String query = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals(AFTER))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        ctx.header("Link", "<" + ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + AFTER + "="
                + encode(next) + ">; rel=\"next\"");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
