package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.RouteTable;

class RouteTableTest {

    @Test
    void refusesAProviderPathThatAnyUserCouldCall() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () ->
                Javalin.create(config -> new RouteTable(config.routes, (token, userActivity) -> Optional.empty(), false)
                        .get("/api/v1/providers/{providerId}/secrets", Access.SIGNED_IN, ctx -> { })));

        assertTrue(refused.getMessage().contains("Access.PROVIDER"));
    }
}
