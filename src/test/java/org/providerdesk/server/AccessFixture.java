package org.providerdesk.server;

import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;

/**
 * Ids for the path parameters of every route, taken from the demo data: those of a provider the caller may not
 * see ("theirs") and those of the caller's own provider ("ours"). A route with a parameter this class does not
 * know fails {@link RouteAccessTest}: add the parameter here when you add the route.
 */
final class AccessFixture {

    private final Jdbc jdbc;
    private final long ours;
    private final long theirs;

    /** @param ourUser the demo user making the calls; "theirs" is Rosewood Lodge, which only Helen sees */
    AccessFixture(TestServer server, String ourUser) {
        this.jdbc = server.server().database().jdbc();
        this.theirs = idOf("SELECT id FROM provider WHERE name = 'Rosewood Lodge Care Home'");
        this.ours = idOf("SELECT MIN(a.provider_id) FROM provider_access a JOIN app_user u ON u.id = a.user_id "
                + "WHERE u.email = '" + ourUser + "'");
        if (ourUser.equals(DemoUsers.SINGLE_HOME_MANAGER)) {
            throw new IllegalArgumentException("Helen can see Rosewood; use another user");
        }
    }

    long ourProvider() {
        return ours;
    }

    long theirProvider() {
        return theirs;
    }

    /** The value of a path parameter for an entity of {@code providerId}; null when this class does not know it. */
    String valueFor(String parameter, long providerId) {
        return switch (parameter) {
            case "providerId" -> Long.toString(providerId);
            case "lineItemId" -> idText("SELECT MIN(id) FROM line_item WHERE provider_id = ?", providerId);
            case "clientId" -> idText("SELECT MIN(client_id) FROM line_item WHERE provider_id = ?", providerId);
            case "actionType" -> "VARIATION";
            case "actionId" -> idText("SELECT MIN(id) FROM action WHERE provider_id = ?", providerId);
            case "noticeId" -> Long.toString(idOf("SELECT MIN(id) FROM notice"));
            case "scheduleId" -> idText("SELECT MIN(id) FROM payment_schedule WHERE provider_id = ?", providerId);
            case "periodId" -> Long.toString(jdbc.first("SELECT MIN(id) FROM payment_period", row -> row.getLong(1))
                    .orElseThrow());
            default -> null;
        };
    }

    private String idText(String sql, long providerId) {
        return Long.toString(jdbc.first(sql, row -> row.getLong(1), providerId).orElseThrow());
    }

    private long idOf(String sql) {
        return jdbc.first(sql, row -> row.getLong(1)).orElseThrow();
    }
}
