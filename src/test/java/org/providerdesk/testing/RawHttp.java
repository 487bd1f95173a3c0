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
        return send(server, method, path, token, jsonBody, JSON, headers);
    }

    /** A body of any media type ({@code text/plain}, a form), to see what the server makes of it. */
    public static Answer send(TestServer server, String method, String path, String token, String body,
            MediaType mediaType, Map<String, String> headers) {
        Request.Builder request = new Request.Builder().url(server.baseUrl() + path);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        RequestBody requestBody = body == null ? null : RequestBody.create(body, mediaType);
        if (requestBody == null && !method.equals("GET") && !method.equals("DELETE") && !method.equals("HEAD")) {
            requestBody = RequestBody.create(new byte[0], mediaType);
        }
        request.method(method, requestBody);
        try (Response response = HTTP.newCall(request.build()).execute()) {
            String contentType = response.header("Content-Type", "");
            int semicolon = contentType.indexOf(';');
            return new Answer(response.code(), semicolon < 0 ? contentType : contentType.substring(0, semicolon),
                    response.body().string());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes written straight to the socket, for requests no HTTP library would send; the whole answer. */
    public static String overSocket(TestServer server, byte[] request) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.server().port())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int read; (read = socket.getInputStream().read(buffer)) > 0;) {
                    answer.write(buffer, 0, read);
                    if (answer.toString(java.nio.charset.StandardCharsets.ISO_8859_1).contains("\r\n\r\n")
                            && complete(answer.toString(java.nio.charset.StandardCharsets.ISO_8859_1))) {
                        break;
                    }
                }
            } catch (java.net.SocketException e) {
                // the server closed the connection after answering
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean complete(String answer) {
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)")
                .matcher(answer);
        int headersEnd = answer.indexOf("\r\n\r\n") + 4;
        return length.find() && answer.length() - headersEnd >= Integer.parseInt(length.group(1));
    }
}
