package org.providerdesk.client.sync;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;

/** A desktop client of a demo user: a real cache file, a real client, signed in to the test server. */
final class SyncFixture implements AutoCloseable {

    final AtomicReference<String> portalUrl;
    final PortalClient client;
    final LocalCache cache;
    final CacheStore store;
    final long providerId;

    SyncFixture(TestServer server, Path home, String portalUrl) {
        this.portalUrl = new AtomicReference<>(portalUrl);
        this.client = new PortalClient(() -> HttpUrl.get(this.portalUrl.get()));
        var session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        this.providerId = session.user().providers().get(0).id();
        this.cache = LocalCache.open(LocalCache.folderFor(home, DemoUsers.SINGLE_HOME_MANAGER),
                DemoUsers.PASSWORD.toCharArray(), new CacheKey(1_000));
        this.store = new CacheStore(cache);
    }

    SyncEngine engine(int pageSize, ApplyFaults faults) {
        return new SyncEngine(client, cache, Clock.systemUTC(), pageSize, faults);
    }

    @Override
    public void close() {
        cache.close();
    }
}
