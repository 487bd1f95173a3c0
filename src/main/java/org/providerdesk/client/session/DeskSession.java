package org.providerdesk.client.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheStore;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.client.sync.SyncScheduler;
import org.providerdesk.client.sync.SyncStatus;

/**
 * The cache and sync of one signed-in user. Online sessions sync on a schedule and on demand; offline sessions
 * (unlocked with the password while the portal was unreachable) read the cache only.
 */
public final class DeskSession implements AutoCloseable {

    public static final Duration SYNC_INTERVAL = Duration.ofMinutes(2);
    private static final String HOME_SNAPSHOT = "home";
    private static final String TEAMS_SNAPSHOT = "teams";

    private final LocalCache cache;
    private final CacheStore store;
    private final Outbox outbox;
    private final SyncScheduler scheduler;
    private final AtomicLong currentProvider = new AtomicLong(-1);
    private final ObjectMapper json = JsonMapping.lenient();
    private final Clock clock;

    private DeskSession(LocalCache cache, SyncScheduler scheduler, Clock clock) {
        this.cache = cache;
        this.store = new CacheStore(cache);
        this.outbox = new Outbox(cache);
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** After an online login: remembers who the cache belongs to and starts syncing. */
    public static DeskSession online(LocalCache cache, PortalClient client, UserInfo user, Clock clock,
            Consumer<SyncStatus> onStatus) {
        new CacheStore(cache).saveOwner(user, client.baseUrl());
        DeskSession[] self = new DeskSession[1];
        SyncScheduler scheduler = new SyncScheduler(new SyncEngine(client, cache, clock),
                () -> self[0].currentProvider.get(), SYNC_INTERVAL);
        self[0] = new DeskSession(cache, scheduler, clock);
        scheduler.onStatus(onStatus);
        return self[0];
    }

    /** With no portal: the cache only. */
    public static DeskSession offline(LocalCache cache, Clock clock) {
        return new DeskSession(cache, null, clock);
    }

    public boolean isOnline() {
        return scheduler != null;
    }

    /** The provider being viewed: it is the one synced from now on, starting at once. */
    public void viewing(long providerId) {
        currentProvider.set(providerId);
        if (scheduler != null) {
            scheduler.start();
            scheduler.syncNow();
        }
    }

    public void syncNow() {
        if (scheduler != null) {
            scheduler.syncNow();
        }
    }

    /** The user and providers saved by the last online login, for an offline session. */
    public Optional<UserInfo> savedUser() {
        return store.owner().map(owner -> new UserInfo(owner.userId(), owner.name(), owner.email(),
                org.providerdesk.domain.Role.PROVIDER, store.providers()));
    }

    public List<ProviderSummary> savedProviders() {
        return store.providers();
    }

    public void saveHome(HomePage page) {
        try {
            store.saveSnapshot(page.provider().id(), HOME_SNAPSHOT, json.writeValueAsString(page), clock.instant());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("A home page always serialises", e);
        }
    }

    public Optional<HomePage> savedHome(long providerId) {
        return store.snapshot(providerId, HOME_SNAPSHOT).map(text -> {
            try {
                return json.readValue(text, HomePage.class);
            } catch (java.io.IOException e) {
                return null;
            }
        });
    }

    /** Keeps the council's teams (not in the sync feed) so that "Assign to" works offline. */
    public void saveTeams(long providerId, List<org.providerdesk.api.TeamView> teams) {
        try {
            store.saveSnapshot(providerId, TEAMS_SNAPSHOT, json.writeValueAsString(teams), clock.instant());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Teams always serialise", e);
        }
    }

    /** The teams last saved for this provider; empty when never saved. */
    public List<org.providerdesk.api.TeamView> savedTeams(long providerId) {
        return store.snapshot(providerId, TEAMS_SNAPSHOT).map(text -> {
            try {
                return List.of(json.readValue(text, org.providerdesk.api.TeamView[].class));
            } catch (java.io.IOException e) {
                return List.<org.providerdesk.api.TeamView>of();
            }
        }).orElse(List.of());
    }

    public Optional<java.time.Instant> lastSyncedAt(long providerId) {
        return store.lastSyncedAt(providerId);
    }

    public Outbox outbox() {
        return outbox;
    }

    /** The open cache, for the typed readers of {@code client.data} (new ScheduleLines(session.cache()), ...). */
    public LocalCache cache() {
        return cache;
    }

    /** Where a screen stores what the user asked for; the sync sends it. */
    public Commands commands() {
        return new Commands(outbox);
    }

    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        cache.close();
    }
}
