package org.providerdesk.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads a changes-feed page (one page is a bounded few hundred kilobytes, read whole first) in one streaming
 * pass: each change's {@code data} is kept as the very bytes the server sent (no tree, nothing written back), and
 * its scalar fields are picked up on the way ({@link RowFields}) for the cache's typed columns.
 */
final class ChangeStreamReader {

    private ChangeStreamReader() {
    }

    static PortalClient.PageEnd read(JsonFactory json, InputStream body, Consumer<ReceivedChange> sink)
            throws IOException {
        byte[] page = body.readAllBytes();
        long nextCursor = -1;
        boolean hasMore = false;
        int count = 0;
        try (JsonParser parser = json.createParser(page)) {
            expect(parser.nextToken(), JsonToken.START_OBJECT);
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "changes" -> count = readChanges(page, parser, sink);
                    case "nextCursor" -> nextCursor = parser.getLongValue();
                    case "hasMore" -> hasMore = parser.getBooleanValue();
                    default -> parser.skipChildren();
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT) {
                throw new IOException("The page ended before its cursor");
            }
        }
        if (nextCursor < 0) {
            throw new IOException("The page ended before its cursor");
        }
        return new PortalClient.PageEnd(nextCursor, hasMore, count);
    }

    private static int readChanges(byte[] page, JsonParser parser, Consumer<ReceivedChange> sink)
            throws IOException {
        expect(parser.currentToken(), JsonToken.START_ARRAY);
        int count = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            sink.accept(readChange(page, parser));
            count++;
        }
        expect(parser.currentToken(), JsonToken.END_ARRAY);
        return count;
    }

    private static ReceivedChange readChange(byte[] page, JsonParser parser) throws IOException {
        String kind = null;
        long id = 0;
        long version = 0;
        boolean deleted = false;
        String data = null;
        RowFields fields = null;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (field) {
                case "kind" -> kind = parser.getText();
                case "id" -> id = parser.getLongValue();
                case "version" -> version = parser.getLongValue();
                case "deleted" -> deleted = parser.getBooleanValue();
                case "data" -> {
                    if (value == JsonToken.START_OBJECT) {
                        int start = (int) parser.currentTokenLocation().getByteOffset();
                        fields = RowFields.read(parser);
                        int end = (int) parser.currentLocation().getByteOffset();
                        data = new String(page, start, end - start, StandardCharsets.UTF_8);
                    } else if (value != JsonToken.VALUE_NULL) {
                        throw new IOException("A change whose data is not an object");
                    }
                }
                default -> parser.skipChildren();
            }
        }
        if (kind == null) {
            throw new IOException("A change without a kind");
        }
        return new ReceivedChange(kind, id, version, deleted, data, fields);
    }

    private static void expect(JsonToken actual, JsonToken expected) throws IOException {
        if (actual != expected) {
            throw new IOException("Unexpected " + actual + " in a changes page");
        }
    }
}
