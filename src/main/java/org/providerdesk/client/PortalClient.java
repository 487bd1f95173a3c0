package org.providerdesk.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.CodeRequest;
import org.providerdesk.api.DemoMail;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.LoginChallenge;
import org.providerdesk.api.LoginRequest;
import org.providerdesk.api.PortalStatus;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.api.UserInfo;

/**
 * The portal API as Java calls. Blocking: call it from a background thread, never from the JavaFX thread.
 * Thread-safe. A refusal, or an answer that cannot be read, throws {@link PortalException} (a 401 once signed in
 * throws {@link SessionExpiredException} and drops the token); no answer throws {@link PortalUnreachableException}.
 */
public final class PortalClient {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    /** The largest ordinary answer read (the changes feed is streamed, not read whole). */
    static final long MAX_ANSWER_BYTES = 8L * 1024 * 1024;

    private final Supplier<HttpUrl> baseUrl;
    /** Built on first use, off the JavaFX thread: loading OkHttp and Jackson costs start-up time. */
    private volatile OkHttpClient http;
    private volatile ObjectMapper json;
    private final List<Consumer<ConnectionState>> connectionListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> sessionListeners = new CopyOnWriteArrayList<>();
    private final Clock clock = Clock.systemUTC();
    private volatile String token;
    private volatile BusyRetry busyRetry = new BusyRetry(duration -> Thread.sleep(duration.toMillis()));
    private volatile ConnectionState connection = ConnectionState.UNKNOWN;

    /**
     * @param baseUrl where the server is, such as {@code http://127.0.0.1:8080}; asked on every call, so an
     *                embedded server may still be starting when the client is made
     */
    public PortalClient(Supplier<HttpUrl> baseUrl) {
        this.baseUrl = baseUrl;
    }

    private OkHttpClient http() {
        OkHttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = new OkHttpClient.Builder()
                            .connectTimeout(CONNECT_TIMEOUT)
                            .callTimeout(CALL_TIMEOUT)
                            .build();
                }
                client = http;
            }
        }
        return client;
    }

    private ObjectMapper json() {
        ObjectMapper mapper = json;
        if (mapper == null) {
            synchronized (this) {
                if (json == null) {
                    json = JsonMapping.lenient();
                }
                mapper = json;
            }
        }
        return mapper;
    }

    public static PortalClient forUrl(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("Not an http(s) address: " + url);
        }
        return new PortalClient(() -> parsed);
    }

    /**
     * How the client waits before trying a login again that the portal said to bring back in a few seconds
     * ({@link BusyRetry}); the app sleeps, tests move a clock.
     */
    public void pauseWhenBusyWith(BusyRetry.Pause pause) {
        busyRetry = new BusyRetry(pause);
    }

    public PortalStatus portalStatus() {
        return send(get(ApiPaths.PORTAL), PortalStatus.class);
    }

    /** Step one of login; the code goes to the user's registered e-mail address. */
    public LoginChallenge startLogin(String email, String password) {
        return busyRetry.call(() -> send(post(ApiPaths.LOGIN, new LoginRequest(email, password)),
                LoginChallenge.class));
    }

    /**
     * Step one of login with the password as typed, never made into a {@link String}: the JSON body is written
     * from the characters into bytes, which are wiped once sent.
     */
    public LoginChallenge startLogin(String email, char[] password) {
        return startLogin(email, password, pause -> { });
    }

    /** The same, telling {@code whileBusy} of each pause before a login the portal said to bring back shortly. */
    public LoginChallenge startLogin(String email, char[] password, Consumer<Duration> whileBusy) {
        byte[] body = secretBody("email", email, "password", password, null, null);
        try {
            return busyRetry.call(() -> send(request(ApiPaths.LOGIN).post(RequestBody.create(body, JSON)),
                    LoginChallenge.class), whileBusy);
        } finally {
            java.util.Arrays.fill(body, (byte) 0);
        }
    }

    /** "Forgotten password", step one: the portal e-mails a code to the address when it is an account's. */
    public org.providerdesk.api.PasswordResetStarted startPasswordReset(String email) {
        return send(post(org.providerdesk.api.AccountPaths.PASSWORD_RESET,
                new org.providerdesk.api.PasswordResetRequest(email)), org.providerdesk.api.PasswordResetStarted.class);
    }

    /** "Forgotten password", step two: the code and the new password twice, as typed (wiped once sent). */
    public void finishPasswordReset(String resetId, String code, char[] newPassword, char[] confirmPassword) {
        byte[] body = secretBody("resetId", resetId, "newPassword", newPassword, "code", code, confirmPassword);
        try {
            send(request(org.providerdesk.api.AccountPaths.PASSWORD_RESET_CONFIRM)
                    .post(RequestBody.create(body, JSON)), Void.class);
        } finally {
            java.util.Arrays.fill(body, (byte) 0);
        }
    }

    private byte[] secretBody(String textName, String text, String secretName, char[] secret, String otherName,
            String other) {
        return secretBody(textName, text, secretName, secret, otherName, other, null);
    }

    /** A JSON object of plain fields and secret ones, the secrets written from their characters. */
    private byte[] secretBody(String textName, String text, String secretName, char[] secret, String otherName,
            String other, char[] confirm) {
        WipedBytes bytes = new WipedBytes();
        try (com.fasterxml.jackson.core.JsonGenerator out = json().getFactory().createGenerator(bytes)) {
            out.writeStartObject();
            out.writeStringField(textName, text);
            if (otherName != null) {
                out.writeStringField(otherName, other);
            }
            out.writeFieldName(secretName);
            out.writeString(secret, 0, secret.length);
            if (confirm != null) {
                out.writeFieldName("confirmPassword");
                out.writeString(confirm, 0, confirm.length);
            }
            out.writeEndObject();
        } catch (IOException e) {
            bytes.wipe();
            throw new IllegalArgumentException("Cannot write request body", e);
        }
        byte[] body = bytes.toByteArray();
        bytes.wipe();
        return body;
    }

    /** A byte buffer whose working copy can be overwritten once the body is taken. */
    private static final class WipedBytes extends java.io.ByteArrayOutputStream {
        WipedBytes() {
            super(256);
        }

        void wipe() {
            java.util.Arrays.fill(buf, (byte) 0);
        }
    }

    /** Step two of login; on success this client is signed in. */
    public SessionInfo finishLogin(String attemptId, String code) {
        SessionInfo session = send(post(ApiPaths.LOGIN_CODE, new CodeRequest(attemptId, code)), SessionInfo.class);
        token = session.token();
        return session;
    }

    public UserInfo me() {
        return send(get(ApiPaths.ME), UserInfo.class);
    }

    public HomePage home(long providerId) {
        return send(get(ApiPaths.providerHome(providerId)), HomePage.class);
    }

    /** Ends the session on the server; this client forgets its token even when the server cannot be told. */
    public void logout() {
        if (token == null) {
            return;
        }
        try {
            send(post(ApiPaths.LOGOUT, Map.of()), Void.class);
        } finally {
            token = null;
        }
    }

    /** Called on the calling thread after every call, with whether the portal answered. */
    public void onConnectionChange(Consumer<ConnectionState> listener) {
        connectionListeners.add(listener);
    }

    public ConnectionState connection() {
        return connection;
    }

    public boolean isSignedIn() {
        return token != null;
    }

    /** What a page of the changes feed ended with. */
    public record PageEnd(long nextCursor, boolean hasMore, int changes) {
    }

    /**
     * Reads one page of a provider's changes feed as it arrives, handing each change to {@code sink}. When the
     * connection breaks part-way this throws, and the sink has seen only part of the page: apply nothing then.
     */
    public PageEnd readChanges(long providerId, long after, int limit, Consumer<ReceivedChange> sink) {
        return readChanges(providerId, after, limit, ChangeStreamReader.keepingAllFields(), sink);
    }

    /**
     * Reads one page as {@link #readChanges(long, long, int, Consumer)} does, with a reader kept from page to page
     * (on one thread), which keeps only the fields it wants.
     */
    public PageEnd readChanges(long providerId, long after, int limit, ChangeStreamReader reader,
            Consumer<ReceivedChange> sink) {
        Request.Builder request = get(ApiPaths.forProvider(ApiPaths.PROVIDER_CHANGES, providerId) + "?after=" + after
                + "&limit=" + limit).header(ApiPaths.BACKGROUND_HEADER, "true");
        try (Response response = http().newCall(request.build()).execute()) {
            connectionIs(new ConnectionState(true, clock.instant()));
            if (!response.isSuccessful()) {
                throw refusal(response.code(), capped(response.body(), MAX_ANSWER_BYTES),
                        response.header("Retry-After"));
            }
            try {
                return reader.read(json().getFactory(), response.body().byteStream(), sink);
            } catch (JsonEOFException cut) {
                throw cut;
            } catch (JsonProcessingException e) {
                throw unreadable(response.code(), e);
            }
        } catch (AnswerTooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            connectionIs(new ConnectionState(false, connection.lastContactAt()));
            throw new PortalUnreachableException("The portal stopped answering during a sync.", e);
        }
    }

    /** The portal's answer to a command from the outbox. */
    public record CommandAnswer(int status, String body, String etag) {
    }

    /**
     * Sends one stored command. A refusal (4xx) throws {@link PortalException} with the portal's reason; no answer
     * throws {@link PortalUnreachableException}.
     */
    public CommandAnswer sendCommand(String method, String path, String jsonBody, String idempotencyKey,
            String ifMatch) {
        Request.Builder request = request(path).header(ApiPaths.IDEMPOTENCY_KEY, idempotencyKey)
                .method(method, RequestBody.create(jsonBody, JSON));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        try (Response response = http().newCall(request.build()).execute()) {
            connectionIs(new ConnectionState(true, clock.instant()));
            byte[] bytes = capped(response.body(), MAX_ANSWER_BYTES);
            if (!response.isSuccessful()) {
                throw refusal(response.code(), bytes, response.header("Retry-After"));
            }
            return new CommandAnswer(response.code(), new String(bytes, java.nio.charset.StandardCharsets.UTF_8),
                    response.header("ETag"));
        } catch (AnswerTooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            connectionIs(new ConnectionState(false, connection.lastContactAt()));
            throw new PortalUnreachableException("The portal did not answer.", e);
        }
    }

    /** The address of the portal this client talks to. */
    public String baseUrl() {
        return baseUrl.get().toString();
    }

    /** The council's teams, for the "Assign to" drop-down. */
    public List<org.providerdesk.api.TeamView> teams() {
        return send(get(org.providerdesk.api.ActionPaths.TEAMS),
                new TypeReference<List<org.providerdesk.api.TeamView>>() { });
    }

    /** Only on demo servers: the mail the demo mailbox kept, newest first. */
    public List<DemoMail> demoInbox() {
        return send(get(ApiPaths.DEMO_INBOX), new TypeReference<List<DemoMail>>() { });
    }

    private Request.Builder get(String path) {
        return request(path).get();
    }

    private Request.Builder post(String path, Object body) {
        try {
            return request(path).post(RequestBody.create(json().writeValueAsBytes(body), JSON));
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot write request body", e);
        }
    }

    private Request.Builder request(String path) {
        HttpUrl base = baseUrl.get();
        int query = path.indexOf('?');
        HttpUrl url = query < 0
                ? base.newBuilder().encodedPath(path).build()
                : base.newBuilder().encodedPath(path.substring(0, query)).encodedQuery(path.substring(query + 1)).build();
        Request.Builder builder = new Request.Builder().url(url).header("Accept", "application/json");
        String current = token;
        if (current != null) {
            builder.header("Authorization", "Bearer " + current);
        }
        return builder;
    }

    private <T> T send(Request.Builder request, Class<T> type) {
        return send(request, json().getTypeFactory().constructType(type));
    }

    private <T> T send(Request.Builder request, TypeReference<T> type) {
        return send(request, json().getTypeFactory().constructType(type));
    }

    private <T> T send(Request.Builder request, JavaType type) {
        try (Response response = http().newCall(request.build()).execute()) {
            connectionIs(new ConnectionState(true, clock.instant()));
            byte[] bytes = capped(response.body(), MAX_ANSWER_BYTES);
            if (!response.isSuccessful()) {
                throw refusal(response.code(), bytes, response.header("Retry-After"));
            }
            if (type.getRawClass() == Void.class || bytes.length == 0) {
                return null;
            }
            try {
                return json().readValue(bytes, type);
            } catch (IOException | RuntimeException e) {
                throw unreadable(response.code(), e);
            }
        } catch (AnswerTooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            connectionIs(new ConnectionState(false, connection.lastContactAt()));
            throw new PortalUnreachableException("The portal did not answer.", e);
        }
    }

    /**
     * Reads an answer, but no more than {@code limit} bytes of it: a larger one (a proxy's error page gone wrong,
     * a broken server) is refused as a portal error instead of filling the memory.
     */
    private static byte[] capped(ResponseBody body, long limit) throws IOException {
        if (body.contentLength() > limit) {
            throw new AnswerTooLarge();
        }
        BufferedSource source = body.source();
        if (source.request(limit + 1)) {
            throw new AnswerTooLarge();
        }
        return source.getBuffer().readByteArray();
    }

    private static PortalException tooLarge() {
        return new PortalException(new Problem(ProblemTypes.TOO_LARGE, "Answer too large", 0,
                "The portal sent an answer far larger than expected, so it was not read. Please try again later.",
                Map.of()));
    }

    /** Thrown inside a call, turned into a {@link PortalException}: the portal answered, too much. */
    private static final class AnswerTooLarge extends IOException {
        private static final long serialVersionUID = 1L;
    }

    /** A 4xx or 5xx. A 401 on a signed-in client means its session ended: the token goes, the user logs in again. */
    private PortalException refusal(int status, byte[] body, String retryAfter) {
        Problem problem = problemFrom(status, body);
        if (status == 503 && retryAfter != null && retryAfter.matches("\\d{1,9}")) {
            return new PortalBusyException(problem, Duration.ofSeconds(Long.parseLong(retryAfter)));
        }
        if (status == 401 && token != null) {
            token = null;
            sessionListeners.forEach(Runnable::run);
            return new SessionExpiredException(problem);
        }
        return new PortalException(problem);
    }

    /** The portal answered, but not in a form this desktop can read: a portal error, not a lost connection. */
    private static PortalException unreadable(int status, Exception cause) {
        PortalException error = new PortalException(new Problem(ProblemTypes.SERVER_ERROR, "Unreadable answer", status,
                "The portal gave an answer this version of Provider Desk cannot read. Please try again later, or "
                        + "update Provider Desk if this goes on.", Map.of()));
        error.initCause(cause);
        return error;
    }

    /** Called when the portal ended this client's session (see {@link SessionExpiredException}). */
    public void onSessionExpired(Runnable listener) {
        sessionListeners.add(listener);
    }

    private void connectionIs(ConnectionState state) {
        connection = state;
        connectionListeners.forEach(listener -> listener.accept(state));
    }

    private Problem problemFrom(int status, byte[] body) {
        try {
            Problem problem = json().readValue(body, Problem.class);
            if (problem != null && problem.type() != null) {
                return problem;
            }
        } catch (IOException | RuntimeException e) {
            // not problem+json, for example a proxy's error page: described below
        }
        return new Problem(status >= 500 ? ProblemTypes.SERVER_ERROR : ProblemTypes.MALFORMED_REQUEST,
                "Unexpected answer", status,
                "The portal gave an unexpected answer (HTTP " + status + "). Please try again later.", Map.of());
    }
}
