package org.providerdesk.server.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a changes page as JSON straight to the response, through gzip when the request's
 * {@code Accept-Encoding} allows it. The response starts only at {@link #begin()}, so an error before then is
 * still answered as problem details.
 */
final class JsonPageWriter implements ChangeFeed.PageWriter {

    /**
     * Fast compression: on this feed level 1 already shrinks the JSON about 8 to 1, at a fraction of the CPU of
     * the default level, so the server's rows per second stay high.
     */
    static final int GZIP_LEVEL = Deflater.BEST_SPEED;
    private static final int BUFFER = 64 * 1024;

    private final Context ctx;
    private final ObjectMapper json;
    private JsonGenerator writer;

    JsonPageWriter(Context ctx, ObjectMapper json) {
        this.ctx = ctx;
        this.json = json;
    }

    @Override
    public void begin() throws IOException {
        ctx.contentType("application/json");
        ctx.header("Vary", "Accept-Encoding");
        OutputStream out = ctx.outputStream();
        if (acceptsGzip(ctx.header("Accept-Encoding"))) {
            // Set before the first byte, so that Javalin's own compression leaves the stream alone.
            ctx.header("Content-Encoding", "gzip");
            out = new GZIPOutputStream(out, BUFFER) {
                {
                    def.setLevel(GZIP_LEVEL);
                }
            };
        }
        writer = json.getFactory().createGenerator(out);
        writer.writeStartObject();
        writer.writeArrayFieldStart("changes");
    }

    @Override
    public void entry(String kind, long id, long version, boolean deleted, Object data) throws IOException {
        writer.writeStartObject();
        writer.writeStringField("kind", kind);
        writer.writeNumberField("id", id);
        writer.writeNumberField("version", version);
        writer.writeBooleanField("deleted", deleted);
        if (data != null) {
            writer.writeFieldName("data");
            json.writeValue(writer, data);
        }
        writer.writeEndObject();
    }

    @Override
    public void end(long nextCursor, boolean hasMore) throws IOException {
        writer.writeEndArray();
        writer.writeNumberField("nextCursor", nextCursor);
        writer.writeBooleanField("hasMore", hasMore);
        writer.writeEndObject();
        writer.close();
    }

    /** Whether an {@code Accept-Encoding} value lists gzip without refusing it ({@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] pieces = part.trim().toLowerCase(Locale.ROOT).split(";");
            String coding = pieces[0].trim();
            if (!coding.equals("gzip") && !coding.equals("x-gzip")) {
                continue;
            }
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].replace(" ", "");
                if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0*)?")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
