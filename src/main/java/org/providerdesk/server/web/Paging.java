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
        String next = cursor.apply(page.get(page.size() - 1));
        ctx.header(NEXT_CURSOR, next);
        String query = ctx.queryParamMap().entrySet().stream().filter(e -> !e.getKey().equals(AFTER))
                .flatMap(e -> e.getValue().stream().map(v -> encode(e.getKey()) + "=" + encode(v)))
                .collect(Collectors.joining("&"));
        ctx.header("Link", "<" + ctx.path() + "?" + (query.isEmpty() ? "" : query + "&") + AFTER + "="
                + encode(next) + ">; rel=\"next\"");
        return List.copyOf(page);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
