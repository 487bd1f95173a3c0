package org.providerdesk.server.sync;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.RouteTable;

/**
 * {@code GET /providers/{providerId}/changes?after=CURSOR&limit=N}: one page of the sync feed, written to the
 * response row by row as the feed reads it, gzip-compressed when the client accepts it (the feed compresses
 * about 10 to 1). Bad parameters are refused as problem details before anything is written.
 */
public final class ChangesRoutes {

    private final ChangeFeed feed;
    private final ObjectMapper json;
    private final java.util.function.LongConsumer cursorCheck;

    public ChangesRoutes(ChangeFeed feed, ObjectMapper json) {
        this(feed, json, after -> { });
    }

    /** @param cursorCheck throws (410 "sync again from the start") when deletions after the cursor were purged */
    public ChangesRoutes(ChangeFeed feed, ObjectMapper json, java.util.function.LongConsumer cursorCheck) {
        this.feed = feed;
        this.json = json;
        this.cursorCheck = cursorCheck;
    }

    public void register(RouteTable routes) {
        routes.get(ApiPaths.PROVIDER_CHANGES, Access.PROVIDER, this::changes);
    }

    private void changes(Context ctx) throws Exception {
        FieldErrors errors = new FieldErrors();
        long after = parse(ctx.queryParam("after"), 0, "after", Long.MAX_VALUE, errors);
        long limit = parse(ctx.queryParam("limit"), ChangeFeed.DEFAULT_LIMIT, "limit", ChangeFeed.MAX_LIMIT, errors);
        if (!errors.has("limit") && limit < 1) {
            errors.add("limit", "Ask for at least 1 change.");
        }
        errors.throwIfAny();
        cursorCheck.accept(after);
        feed.write(RouteTable.providerId(ctx), after, (int) limit, new JsonPageWriter(ctx, json));
    }

    private static long parse(String text, long fallback, String field, long max, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0 || value > max) {
                errors.add(field, "Use a whole number from 0 to " + max + ".");
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, "Use a whole number.");
            return fallback;
        }
    }
}
