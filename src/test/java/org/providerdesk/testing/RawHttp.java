package org.providerdesk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.providerdesk.api.ApiPaths;

/** HTTP below the client library, for checking status codes, media types and raw bodies. */
public final class RawHttp {

    private static final OkHttpClient HTTP = new OkHttpClient();
    private static final MediaType JSON = MediaType.get("application/json");

    /** What came back. */
    public record Answer(int status, String contentType, String body) {
    }

    private RawHttp() {
    }

    public static Answer get(TestServer server, String path, String token) {
        return call(server, "GET", path, token, null);
    }

    public static Answer post(TestServer server, String path, String token, String jsonBody) {
        return call(server, "POST", path, token, jsonBody);
    }

    public static Answer call(TestServer server, String method, String path, String token, String jsonBody) {
        return call(server, method, path, token, jsonBody, Map.of());
    }

    /** A write with an {@code Idempotency-Key}. */
    public static Answer post(TestServer server, String path, String token, String idempotencyKey, String jsonBody) {
        return call(server, "POST", path, token, jsonBody, Map.of(ApiPaths.IDEMPOTENCY_KEY, idempotencyKey));
    }

    /** With extra headers, such as {@code Idempotency-Key} and {@code If-Match}. */
    public static Answer call(TestServer server, String method, String path, String token, String jsonBody,
            Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(server.baseUrl() + path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        RequestBody body = jsonBody == null ? null : RequestBody.create(jsonBody, JSON);
        if (body == null && !method.equals("GET") && !method.equals("DELETE") && !method.equals("HEAD")) {
            body = RequestBody.create(new byte[0], JSON);
        }
        request.method(method, body);
        try (Response response = HTTP.newCall(request.build()).execute()) {
            String contentType = response.header("Content-Type", "");
            int semicolon = contentType.indexOf(';');
            return new Answer(response.code(), semicolon < 0 ? contentType : contentType.substring(0, semicolon),
                    response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
