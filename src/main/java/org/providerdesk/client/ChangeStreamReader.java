package org.providerdesk.client;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads a changes-feed page from a stream without building it in memory: each change's {@code data} is parsed once
 * into a tree (the cache binds its typed columns from it) and kept as compact JSON text for the cache to store.
 */
final class ChangeStreamReader {

    private ChangeStreamReader() {
    }

    static PortalClient.PageEnd read(ObjectMapper json, InputStream body, Consumer<ReceivedChange> sink)
            throws IOException {
        long nextCursor = -1;
        boolean hasMore = false;
        int count = 0;
        try (JsonParser parser = json.getFactory().createParser(body)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "changes" -> count = readChanges(json, exact(json), parser, sink);
                    case "nextCursor" -> nextCursor = parser.getLongValue();
                    case "hasMore" -> hasMore = parser.getBooleanValue();
                    default -> parser.skipChildren();
                }
            }
        }
        if (nextCursor < 0) {
            throw new IOException("The page ended before its cursor");
        }
        return new PortalClient.PageEnd(nextCursor, hasMore, count);
    }

    private static int readChanges(ObjectMapper json, ObjectReader trees, JsonParser parser, Consumer<ReceivedChange> sink)
            throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY);
        int count = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            sink.accept(readChange(json, trees, parser));
            count++;
        }
        return count;
    }

    private static ReceivedChange readChange(ObjectMapper json, ObjectReader trees, JsonParser parser) throws IOException {
        String kind = null;
        long id = 0;
        long version = 0;
        boolean deleted = false;
        String data = null;
        JsonNode tree = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "kind" -> kind = parser.getText();
                case "id" -> id = parser.getLongValue();
                case "version" -> version = parser.getLongValue();
                case "deleted" -> deleted = parser.getBooleanValue();
                case "data" -> {
                    tree = trees.readTree(parser);
                    data = tree == null || tree.isNull() ? null : json.writeValueAsString(tree);
                }
                default -> parser.skipChildren();
            }
        }
        if (kind == null) {
            throw new IOException("A change without a kind");
        }
        return new ReceivedChange(kind, id, version, deleted, data, data == null ? null : tree);
    }

    /**
     * Reads trees with numbers exactly as sent: 12.50 stays 12.50 (a double would round, and stripping zeros
     * would change the JSON the cache keeps).
     */
    private static ObjectReader exact(ObjectMapper json) {
        return json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Unexpected " + actual + " in a changes page");
        }
    }
}
