package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Requests and ids the action tests share: bodies as maps, answers read back, ids from the demo data. */
final class ActionsFixture {

    static final ObjectMapper JSON = JsonMapping.lenient();

    private final TestServer server;
    private final Jdbc jdbc;

    ActionsFixture(TestServer server) {
        this.server = server;
        this.jdbc = server.server().database().jdbc();
    }

    long providerId(String name) {
        return jdbc.first("SELECT id FROM provider WHERE name = ?", row -> row.getLong(1), name).orElseThrow();
    }

    long aClientOf(long providerId) {
        return jdbc.first("SELECT MIN(client_id) FROM line_item WHERE provider_id = ?", row -> row.getLong(1),
                providerId).orElseThrow();
    }

    long aLineItemOf(long providerId) {
        return jdbc.first("SELECT MAX(id) FROM line_item WHERE provider_id = ?", row -> row.getLong(1), providerId)
                .orElseThrow();
    }

    long clientOfLineItem(long lineItemId) {
        return jdbc.first("SELECT client_id FROM line_item WHERE id = ?", row -> row.getLong(1), lineItemId)
                .orElseThrow();
    }

    long count(String sql, Object... params) {
        return jdbc.count(sql, params);
    }

    long actionCount() {
        return jdbc.count("SELECT COUNT(*) FROM action") + jdbc.count("SELECT COUNT(*) FROM action_comment");
    }

    Jdbc jdbc() {
        return jdbc;
    }

    static String key() {
        return UUID.randomUUID().toString();
    }

    static Map<String, Object> variation(String contracted, String actual, String value, String from, String to) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("contractedHours", new BigDecimal(contracted));
        v.put("dayOrWeek", "WEEK");
        v.put("actualHours", new BigDecimal(actual));
        v.put("reason", "Informal carer in hospital");
        v.put("extraValue", new BigDecimal(value));
        v.put("from", from);
        v.put("to", to);
        return v;
    }

    static Map<String, Object> variationAbout(long clientId, Map<String, Object> variation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "VARIATION");
        body.put("relatedTo", "CLIENT");
        body.put("clientId", clientId);
        body.put("assignTeam", "ASC_BROKERAGE");
        body.put("title", "Extra hours 16-22 November");
        body.put("text", "Please can you confirm if Adult Social Care agree or reject the above variation request.");
        body.put("variation", variation);
        return body;
    }

    static Map<String, Object> queryAbout(String type, long clientId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("relatedTo", "CLIENT");
        body.put("clientId", clientId);
        body.put("assignTeam", "NASC_PAYMENTS");
        body.put("title", "Payment missing for period 7");
        body.put("text", "No payment has been received for period 7.");
        return body;
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode read(RawHttp.Answer answer) {
        try {
            return JSON.readTree(answer.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + answer.body(), e);
        }
    }

    static <T> T read(RawHttp.Answer answer, TypeReference<T> type) {
        try {
            return JSON.readValue(answer.body(), type);
        } catch (Exception e) {
            throw new AssertionError("Not the expected JSON: " + answer.body(), e);
        }
    }

    static <T> T read(RawHttp.Answer answer, Class<T> type) {
        try {
            return JSON.readValue(answer.body(), type);
        } catch (Exception e) {
            throw new AssertionError("Not the expected JSON: " + answer.body(), e);
        }
    }

    /** A problem+json answer of this status that names {@code field}. */
    static void assertProblemNaming(RawHttp.Answer answer, int status, String field) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.contentType());
        assertTrue(read(answer).path("errors").has(field), "should name " + field + ": " + answer.body());
    }
}
