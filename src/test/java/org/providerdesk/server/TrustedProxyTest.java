package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.web.ClientAddress;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

/** Throttles count the caller's address: behind the trusted proxy the forwarded one, IPv6 by its /64. */
class TrustedProxyTest {

    private static String failedFrom(TestServer server, String forwardedFor) {
        RawHttp.call(server, "POST", ApiPaths.LOGIN, null, "{\"email\":\"" + DemoUsers.SINGLE_HOME_MANAGER
                + "\",\"password\":\"not-the-password\"}", Map.of("X-Forwarded-For", forwardedFor));
        return server.server().database().jdbc().first("SELECT address FROM login_failure ORDER BY id DESC",
                row -> row.getString(1)).orElseThrow();
    }

    @Test
    void behindTheTrustedProxyTheForwardedAddressIsCounted() {
        try (TestServer server = TestServer.startBehindProxy("127.0.0.1")) {
            assertEquals("203.0.113.7", failedFrom(server, "203.0.113.7"));
            assertEquals("203.0.113.7", failedFrom(server, "198.51.100.1, 203.0.113.7"),
                    "the hop the proxy saw, not what the caller wrote before it");
            assertEquals("2001:db8:1:2:0:0:0:0/64", failedFrom(server, "2001:db8:1:2:aaaa:bbbb:cccc:1"));
            assertEquals("2001:db8:1:2:0:0:0:0/64", failedFrom(server, "2001:db8:1:2:ffff::9"), "the same /64");
        }
    }

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        try (TestServer server = TestServer.start()) {
            assertEquals("127.0.0.1", failedFrom(server, "203.0.113.7"));
        }
    }

    @Test
    void onlyTheProxysHeaderIsBelievedAndNamesAreNotLookedUp() {
        ClientAddress addresses = new ClientAddress(ClientAddress.parseProxy("10.0.0.5"));

        assertEquals("192.0.2.9", addresses.of("192.0.2.9", "203.0.113.7"), "not from the proxy");
        assertEquals("10.0.0.5", addresses.of("10.0.0.5", "example.org"), "a name is not an address");
        assertEquals("203.0.113.7", addresses.of("10.0.0.5", "203.0.113.7, 10.0.0.5"));
        assertThrows(IllegalArgumentException.class, () -> ClientAddress.parseProxy("proxy.example.org"));
    }
}
