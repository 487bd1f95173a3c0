package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.PaymentPaths;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Calls of the payment routes for the tests: reading JSON, finding the current schedule, guarded writes. */
final class PaymentsHttp {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server;

    PaymentsHttp(TestServer server) {
        this.server = server;
    }

    static JsonNode json(RawHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode getOk(String path, String token) {
        RawHttp.Answer answer = RawHttp.get(server, path, token);
        assertEquals(200, answer.status(), path + ": " + answer.body());
        return json(answer);
    }

    /** The provider's schedules of 2026/27. */
    JsonNode schedules(String token, long providerId) {
        return getOk(ApiPaths.forProvider(PaymentPaths.SCHEDULES, providerId) + "?financialYear=2026", token);
    }

    /** The schedule of period 9 of 2026/27, the current one on the test clock (whatever its status now). */
    long currentScheduleId(String token, long providerId) {
        for (JsonNode schedule : schedules(token, providerId)) {
            if (schedule.get("period").get("number").asInt() == 9) {
                return schedule.get("id").asLong();
            }
        }
        throw new AssertionError("no schedule of period 9");
    }

    JsonNode detail(String token, long providerId, long scheduleId) {
        return getOk(PaymentPaths.schedule(PaymentPaths.SCHEDULE, providerId, scheduleId), token);
    }

    /** A write with an Idempotency-Key (null: none) and If-Match (null: none). */
    RawHttp.Answer post(String token, String path, String body, String key, String ifMatch) {
        Map<String, String> headers = new HashMap<>();
        if (key != null) {
            headers.put(ApiPaths.IDEMPOTENCY_KEY, key);
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        return RawHttp.call(server, "POST", path, token, body, headers);
    }

    /** POST to a schedule's action (confirm, reject, actuals) with a new key and the schedule's current ETag. */
    RawHttp.Answer act(String token, String action, long providerId, long scheduleId, String body) {
        String etag = detail(token, providerId, scheduleId).get("etag").asText();
        return post(token, PaymentPaths.schedule(action, providerId, scheduleId), body, newKey(), etag);
    }

    static String newKey() {
        return UUID.randomUUID().toString();
    }
}
