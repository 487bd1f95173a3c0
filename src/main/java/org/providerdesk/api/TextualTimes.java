package org.providerdesk.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Times and dates in requests are ISO-8601 texts only: the JSR-310 readers would otherwise take a number as
 * seconds (or days) since 1970, which a typing mistake easily is.
 */
final class TextualTimes {

    private TextualTimes() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("TextualTimes");
        module.addDeserializer(Instant.class, textOnly(Instant.class, InstantDeserializer.INSTANT));
        module.addDeserializer(LocalDate.class, textOnly(LocalDate.class, LocalDateDeserializer.INSTANCE));
        return module;
    }

    private static <T> JsonDeserializer<T> textOnly(Class<T> type, JsonDeserializer<T> iso) {
        return new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                if (parser.currentToken() != JsonToken.VALUE_STRING) {
                    return type.cast(context.handleUnexpectedToken(type, parser.currentToken(), parser,
                            "A time or date is an ISO-8601 text"));
                }
                return iso.deserialize(parser, context);
            }

            @Override
            public Class<?> handledType() {
                return type;
            }
        };
    }
}
