package org.providerdesk.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.providerdesk.testing.CuttingProxy;
import org.providerdesk.testing.TestServer;

/**
 * The packaged app starts with -Djava.net.useSystemProxies=true, which makes the system's proxy settings the
 * JVM's default ProxySelector: the client must go through whatever that selector says.
 */
class PortalClientProxyTest {

    @Test
    void goesThroughTheProxyTheDefaultProxySelectorNames() throws Exception {
        ProxySelector before = ProxySelector.getDefault();
        try (TestServer server = TestServer.start();
                CuttingProxy proxy = new CuttingProxy(() -> URI.create(server.baseUrl()).getPort())) {
            List<URI> asked = new CopyOnWriteArrayList<>();
            InetSocketAddress proxyAddress = new InetSocketAddress("127.0.0.1", URI.create(proxy.url()).getPort());
            ProxySelector.setDefault(new ProxySelector() {
                @Override
                public List<Proxy> select(URI uri) {
                    asked.add(uri);
                    return List.of(new Proxy(Proxy.Type.HTTP, proxyAddress));
                }

                @Override
                public void connectFailed(URI uri, SocketAddress address, IOException failure) {
                }
            });
            // A host no resolver knows: only the proxy can answer for it.
            PortalClient client = PortalClient.forUrl("http://portal.invalid:8080");

            assertNotNull(client.portalStatus());
            assertEquals("portal.invalid", asked.get(0).getHost());
        } finally {
            ProxySelector.setDefault(before);
        }
    }
}
