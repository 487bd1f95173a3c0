package org.providerdesk.server.web;

import io.javalin.http.Context;
import java.util.Locale;
import org.providerdesk.api.ProblemTypes;

/** The one media type the API reads: a request body sent as anything but JSON is refused with 415. */
final class JsonBodies {

    private JsonBodies() {
    }

    /** True for {@code application/json} and {@code application/*+json}, with or without parameters. */
    static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
                .toLowerCase(Locale.ROOT);
        return type.equals("application/json") || (type.startsWith("application/") && type.endsWith("+json"));
    }

    static boolean hasBody(Context ctx) {
        return ctx.req().getContentLengthLong() > 0 || ctx.header("Transfer-Encoding") != null;
    }

    /** @throws ApiException 415 when the request carries a body that is not JSON */
    static void requireJsonIfAnyBody(Context ctx) {
        if (hasBody(ctx) && !isJson(ctx.contentType())) {
            throw unsupported();
        }
    }

    static ApiException unsupported() {
        return new ApiException(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                "The portal reads request bodies sent as application/json only.");
    }
}
