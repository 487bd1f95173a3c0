package org.providerdesk.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads changes-feed pages (one page is a bounded few hundred kilobytes, read whole first) in one streaming
 * pass: each change's {@code data} is kept as the very bytes the server sent (no tree, nothing written back), and
 * the scalar fields its kind wants are picked up on the way ({@link RowFields}) for the cache's typed columns.
 *
 * <p>One reader serves one thread, page after page: it reads each page into the same buffer, so a sync does not
 * allocate a new page-sized array (more than half a megabyte, which the collector treats as a large object) for
 * every page.
 */
public final class ChangeStreamReader {

    private static final int FIRST_BUFFER = 64 * 1024;

    private final Function<String, RowFields.Wanted> wanted;
    private byte[] buffer = new byte[FIRST_BUFFER];

    /** @param wanted the fields to keep of each kind's rows ({@link RowFields.Wanted#ALL} for all) */
    public ChangeStreamReader(Function<String, RowFields.Wanted> wanted) {
        this.wanted = wanted;
    }

    /** A reader that keeps every scalar field of every row. */
    public static ChangeStreamReader keepingAllFields() {
        return new ChangeStreamReader(kind -> RowFields.Wanted.ALL);
    }

    PortalClient.PageEnd read(JsonFactory json, InputStream body, Consumer<ReceivedChange> sink) throws IOException {
        int length = readWhole(body);
        byte[] page = buffer;
        long nextCursor = -1;
        boolean hasMore = false;
        int count = 0;
        try (JsonParser parser = json.createParser(page, 0, length)) {
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

    /** Reads the body into the buffer (grown as needed, and kept for the next page); returns its length. */
    private int readWhole(InputStream body) throws IOException {
        int length = 0;
        int read;
        while ((read = body.read(buffer, length, buffer.length - length)) >= 0) {
            length += read;
            if (length == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
        }
        return length;
    }

    private int readChanges(byte[] page, JsonParser parser, Consumer<ReceivedChange> sink)
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

    private ReceivedChange readChange(byte[] page, JsonParser parser) throws IOException {
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
                        fields = RowFields.read(parser, kind == null ? RowFields.Wanted.ALL : wanted.apply(kind));
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
