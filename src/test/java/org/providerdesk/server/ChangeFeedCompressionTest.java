package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;

/** The changes feed travels gzip-compressed when the client asks for it, and only then. */
class ChangeFeedCompressionTest {

    /** Sets Accept-Encoding itself, so OkHttp hands over the bytes as they came. */
    private static final OkHttpClient HTTP = new OkHttpClient();

    private TestServer server;
    private String token;
    private long rosewood;

    @BeforeEach
    void start() {
        server = TestServer.start();
        var session = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER);
        token = session.token();
        rosewood = session.user().providers().get(0).id();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private record Raw(int status, String contentType, String contentEncoding, byte[] body) {
    }

    private Raw get(String query, String acceptEncoding) throws IOException {
        Request request = new Request.Builder()
                .url(server.baseUrl() + ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, rosewood) + query)
                .header("Authorization", "Bearer " + token).header("Accept-Encoding", acceptEncoding).build();
        try (Response response = HTTP.newCall(request).execute()) {
            return new Raw(response.code(), response.header("Content-Type", ""), response.header("Content-Encoding"),
                    response.body().bytes());
        }
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aClientThatAcceptsGzipGetsTheSamePageCompressed() throws Exception {
        Raw plain = get("?after=0&limit=5000", "identity");
        Raw zipped = get("?after=0&limit=5000", "gzip");

        assertEquals(200, plain.status());
        assertNull(plain.contentEncoding());
        assertEquals(200, zipped.status());
        assertEquals("gzip", zipped.contentEncoding());
        assertTrue(zipped.contentType().startsWith("application/json"), zipped.contentType());
        assertEquals(JsonMapping.lenient().readTree(plain.body()), JsonMapping.lenient().readTree(gunzip(zipped.body())));
        assertTrue(zipped.body().length * 4 < plain.body().length,
                "compressed " + zipped.body().length + " bytes of " + plain.body().length);
    }

    @Test
    void badParametersAreStillProblemDetailsWhenGzipIsAccepted() throws Exception {
        Raw refused = get("?after=0&limit=lots", "gzip");

        assertEquals(400, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        byte[] body = "gzip".equals(refused.contentEncoding()) ? gunzip(refused.body()) : refused.body();
        assertTrue(JsonMapping.lenient().readTree(body).get("errors").has("limit"), new String(body));
    }
}
