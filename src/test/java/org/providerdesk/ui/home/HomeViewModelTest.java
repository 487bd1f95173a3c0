package org.providerdesk.ui.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.NoticeView;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.home.HomeViewModel.NoticeLevel;

class HomeViewModelTest {

    private TestServer server;
    private PortalClient client;
    private final AtomicBoolean sessionEnded = new AtomicBoolean();
    private HomeViewModel home;
    private long rosewood;
    private final Map<Long, HomePage> saved = new HashMap<>();
    private final AtomicReference<Function<Long, HomePage>> liveSource = new AtomicReference<>();

    @BeforeEach
    void start() {
        server = TestServer.start();
        client = server.newClient();
        rosewood = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).user().providers().get(0).id();
        home = new HomeViewModel(new HomeViewModel.Source() {
            @Override
            public HomePage live(long providerId) {
                return liveSource.get().apply(providerId);
            }

            @Override
            public void save(HomePage page) {
                saved.put(page.provider().id(), page);
            }

            @Override
            public Optional<HomePage> saved(long providerId) {
                return Optional.ofNullable(saved.get(providerId));
            }
        }, TaskRunner.inline(), new When(ZoneId.of("Europe/London")), server.clock(), () -> sessionEnded.set(true));
        liveSource.set(client::home);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void loadsNoticesTeamsAndLinks() {
        home.load(rosewood);

        assertEquals(3, home.notices().size());
        assertEquals(7, home.teams().size());
        assertEquals(4, home.links().size());
        assertEquals("", home.error().get());
    }

    @Test
    void plannedDowntimeStandsOutAsAWarningAndSaysWhen() {
        home.load(rosewood);
        NoticeView downtime = home.notices().get(0);

        assertEquals(NoticeLevel.DOWNTIME_PLANNED, home.levelOf(downtime));
        assertEquals("From 18:00 on Saturday 28 November to 07:00 on Monday 30 November", home.periodOf(downtime));
        assertEquals(NoticeLevel.INFORMATION, home.levelOf(home.notices().get(1)));
    }

    @Test
    void downtimeInForceIsShownAsHappeningNowToThoseAlreadyLoggedIn() {
        server.clock().set(Instant.parse("2026-11-28T17:45:00Z"));
        server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        server.clock().advance(Duration.ofMinutes(20));
        home.load(rosewood);

        NoticeView downtime = home.notices().get(0);
        assertEquals(NoticeLevel.DOWNTIME_NOW, home.levelOf(downtime));
        assertEquals("Now, until 07:00 on Monday 30 November", home.periodOf(downtime));
    }

    @Test
    void withoutThePortalTheSavedCopyIsShownAndSaidToBeOne() {
        home.load(rosewood);
        liveSource.set(id -> {
            throw new PortalUnreachableException("no answer", null);
        });

        home.load(rosewood);

        assertEquals(7, home.teams().size());
        assertTrue(home.note().get().contains("last saved on this computer"));
        assertEquals("", home.error().get());
    }

    @Test
    void withoutThePortalOrASavedCopyItSaysSo() {
        liveSource.set(id -> {
            throw new PortalUnreachableException("no answer", null);
        });

        home.load(rosewood);

        assertTrue(home.error().get().startsWith("Provider Desk cannot reach the portal"));
    }

    @Test
    void anEndedSessionSendsTheUserBackToLogin() {
        server.clock().advance(Duration.ofMinutes(31));

        home.load(rosewood);

        assertTrue(sessionEnded.get());
    }
}
