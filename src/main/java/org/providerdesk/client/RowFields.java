package org.providerdesk.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The scalar fields of a synced row's JSON, one and two levels deep (such as {@code /clientId} and
 * {@code /period/id}), each as its JSON text: a number exactly as sent, a string unescaped, {@code true}/{@code
 * false}; a JSON null is absent. Picked up while the feed is read, so the cache takes its typed columns without a
 * tree of the row.
 */
public final class RowFields {

    private static final JsonFactory JSON = new JsonFactory();

    private final Map<String, String> values;

    private RowFields(Map<String, String> values) {
        this.values = values;
    }

    /** The value at a JSON pointer of one or two steps ({@code /a} or {@code /a/b}), or null when absent. */
    public String at(String pointer) {
        return values.get(key(pointer));
    }

    /**
     * The value under a key made by {@link #key} (for callers that look the same pointer up in many rows: the
     * key is made once).
     */
    public String byKey(String key) {
        return values.get(key);
    }

    /** The key of a pointer: {@code /a} is {@code a}, {@code /a/b} is {@code a/b}. */
    public static String key(String pointer) {
        if (!pointer.startsWith("/") || pointer.indexOf('/', pointer.indexOf('/', 1) + 1) > 0) {
            throw new IllegalArgumentException("Only /a and /a/b are kept: " + pointer);
        }
        return pointer.substring(1);
    }

    /** The fields of a row given as JSON text. */
    public static RowFields of(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("A synced row that is not a JSON object");
            }
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException("A synced row is not JSON", e);
        }
    }

    /** Reads the object the parser is at (its START_OBJECT) to its END_OBJECT, keeping the scalar fields. */
    static RowFields read(JsonParser parser) throws IOException {
        Map<String, String> values = new HashMap<>();
        readObject(parser, "", values, true);
        return new RowFields(values);
    }

    private static void readObject(JsonParser parser, String prefix, Map<String, String> values, boolean top)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (value) {
                case START_OBJECT -> {
                    if (top) {
                        readObject(parser, name + "/", values, false);
                    } else {
                        parser.skipChildren();
                    }
                }
                case START_ARRAY -> parser.skipChildren();
                case VALUE_NULL -> {
                    // absent
                }
                default -> values.put(top ? name : prefix + name, parser.getText());
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new IOException("A synced row ended early");
        }
    }
}
