package org.providerdesk.server.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.OutputStream;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.FieldErrors;
import org.providerdesk.server.web.RouteTable;

/**
 * {@code GET /providers/{providerId}/changes?after=CURSOR&limit=N}: one page of the sync feed, written to the
 * response as it is serialised rather than built as one string.
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
        ChangeFeed.Page page = feed.read(RouteTable.providerId(ctx), after, (int) limit);
        ctx.contentType("application/json");
        OutputStream out = ctx.outputStream();
        try (JsonGenerator writer = json.getFactory().createGenerator(out)) {
            writer.writeStartObject();
            writer.writeArrayFieldStart("changes");
            for (ChangeFeed.Entry entry : page.entries()) {
                writer.writeStartObject();
                writer.writeStringField("kind", entry.kind());
                writer.writeNumberField("id", entry.id());
                writer.writeNumberField("version", entry.version());
                writer.writeBooleanField("deleted", entry.deleted());
                if (entry.data() != null) {
                    writer.writeFieldName("data");
                    json.writeValue(writer, entry.data());
                }
                writer.writeEndObject();
            }
            writer.writeEndArray();
            writer.writeNumberField("nextCursor", page.nextCursor());
            writer.writeBooleanField("hasMore", page.hasMore());
            writer.writeEndObject();
        }
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
