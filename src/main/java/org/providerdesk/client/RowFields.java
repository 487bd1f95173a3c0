package org.providerdesk.client;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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

    /**
     * Which fields of a kind's rows to keep (keys made by {@link #key}); the others are skipped unread, so a row
     * costs only the few strings its typed columns need.
     */
    public static final class Wanted {

        /** Every scalar field, one and two levels deep. */
        public static final Wanted ALL = new Wanted(null);
        /** No field: the row is kept as its JSON only. */
        public static final Wanted NONE = of(Set.of());

        /** The keys, or null for all. */
        private final Set<String> keys;
        /** The top-level objects that hold a wanted key ({@code a} for {@code a/b}). */
        private final Set<String> objects;

        private Wanted(Set<String> keys) {
            this.keys = keys;
            this.objects = keys == null ? null
                    : keys.stream().filter(key -> key.contains("/")).map(key -> key.substring(0, key.indexOf('/')))
                            .collect(Collectors.toUnmodifiableSet());
        }

        public static Wanted of(Collection<String> keys) {
            return new Wanted(Set.copyOf(keys));
        }

        boolean keeps(String key) {
            return keys == null || keys.contains(key);
        }

        boolean opens(String object) {
            return objects == null || objects.contains(object);
        }
    }

    /** The fields of a row given as JSON text. */
    public static RowFields of(String json) {
        try (JsonParser parser = JSON.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("A synced row that is not a JSON object");
            }
            return read(parser, Wanted.ALL);
        } catch (IOException e) {
            throw new UncheckedIOException("A synced row is not JSON", e);
        }
    }

    /**
     * Reads the object the parser is at (its START_OBJECT) to its END_OBJECT, keeping the wanted scalar fields.
     */
    static RowFields read(JsonParser parser, Wanted wanted) throws IOException {
        Map<String, String> values = new HashMap<>();
        readObject(parser, null, values, wanted);
        return new RowFields(values);
    }

    /** @param object the name of the top-level object being read, or null for the row itself */
    private static void readObject(JsonParser parser, String object, Map<String, String> values, Wanted wanted)
            throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            switch (value) {
                case START_OBJECT -> {
                    if (object == null && wanted.opens(name)) {
                        readObject(parser, name, values, wanted);
                    } else {
                        parser.skipChildren();
                    }
                }
                case START_ARRAY -> parser.skipChildren();
                case VALUE_NULL -> {
                    // absent
                }
                default -> {
                    String key = object == null ? name : object + "/" + name;
                    if (wanted.keeps(key)) {
                        values.put(key, parser.getText());
                    }
                }
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new IOException("A synced row ended early");
        }
    }
}
