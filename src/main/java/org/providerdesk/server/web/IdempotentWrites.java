package org.providerdesk.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.server.db.DataAccessException;
import org.providerdesk.server.db.Jdbc;

/**
 * Makes a signed-in write safe to retry. The client sends an {@code Idempotency-Key}; the first request's
 * answer is stored with the key, the caller and a hash of the request, in the same transaction as the write.
 * A retry gets the stored answer and changes nothing; the same key with another request is refused (422).
 * Refusals (4xx) are not stored: the write did not happen, so a retry is simply tried again.
 */
public final class IdempotentWrites {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbc jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentWrites(Jdbc jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** What a write answers: its status, its body (serialised to JSON) and, optionally, the new ETag. */
    public record Result(int status, Object body, String etag) {

        public static Result created(Object body) {
            return new Result(201, body, null);
        }

        public static Result ok(Object body, String etag) {
            return new Result(200, body, etag);
        }
    }

    /** The write itself; runs inside the transaction that also stores its answer. */
    @FunctionalInterface
    public interface Write {
        Result handle(Context ctx, Caller caller) throws Exception;
    }

    private record Stored(String requestHash, int status, String body, String etag) {
    }

    public Handler wrap(Write write) {
        return ctx -> {
            String key = ctx.header(ApiPaths.IDEMPOTENCY_KEY);
            if (key == null || !KEY.matcher(key).matches()) {
                throw ApiException.validation(Map.of(ApiPaths.IDEMPOTENCY_KEY,
                        "Send a unique key (such as a UUID) with every change, so that a retry is safe."));
            }
            Caller caller = RouteTable.caller(ctx);
            String requestHash = requestHash(ctx);
            Stored answer;
            try {
                answer = jdbc.inTransaction(() -> {
                    Optional<Stored> earlier = find(caller.userId(), key);
                    if (earlier.isPresent()) {
                        return earlier.get();
                    }
                    Result result = write.handle(ctx, caller);
                    Stored stored = new Stored(requestHash, result.status(), json.writeValueAsString(result.body()),
                            result.etag());
                    jdbc.update("INSERT INTO idempotency_record (user_id, idem_key, request_hash, status, "
                            + "response_body, etag, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", caller.userId(), key,
                            requestHash, stored.status(), stored.body(), stored.etag(), clock.instant());
                    return stored;
                });
            } catch (DataAccessException e) {
                if (!isUniqueViolation(e)) {
                    throw e;
                }
                answer = find(caller.userId(), key).orElseThrow(() -> e);
            }
            if (!answer.requestHash().equals(requestHash)) {
                throw new ApiException(new Problem(ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Key already used", 422,
                        "This Idempotency-Key was already used for a different request.", Map.of()), null);
            }
            if (answer.etag() != null) {
                ctx.header("ETag", answer.etag());
            }
            ctx.status(answer.status()).contentType("application/json").result(answer.body());
        };
    }

    private Optional<Stored> find(long userId, String key) {
        return jdbc.first("SELECT request_hash, status, response_body, etag FROM idempotency_record "
                + "WHERE user_id = ? AND idem_key = ?", row -> new Stored(row.getString(1), row.getInt(2),
                        row.getString(3), row.getString(4)), userId, key);
    }

    private static String requestHash(Context ctx) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        digest.update((ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
        digest.update(ctx.bodyAsBytes());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static boolean isUniqueViolation(DataAccessException e) {
        return e.getCause() instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
