package org.providerdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.ConnectionState;
import org.providerdesk.client.PortalClient;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;

class ShellViewModelTest {

    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void switchesOnlyBetweenTheUsersOwnProviders() {
        PortalClient client = server.newClient();
        UserInfo priya = server.logIn(client, DemoUsers.GROUP_ADMINISTRATOR).user();
        ShellViewModel shell = new ShellViewModel(priya, priya.providers().get(0), client, TaskRunner.inline(),
                () -> { });

        shell.switchTo(priya.providers().get(2));
        assertEquals(priya.providers().get(2), shell.currentProvider().get());

        shell.switchTo(new ProviderSummary(999, "Someone Else's Home", ProviderKind.RESIDENTIAL, "PRV-9"));
        assertEquals(priya.providers().get(2), shell.currentProvider().get());
        assertTrue(shell.canSwitchProvider());
    }

    @Test
    void aUserWithOneProviderHasNoSwitcher() {
        PortalClient client = server.newClient();
        UserInfo helen = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).user();

        assertFalse(new ShellViewModel(helen, helen.providers().get(0), client, TaskRunner.inline(), () -> { })
                .canSwitchProvider());
    }

    @Test
    void logOutEndsTheSessionAndReturnsToLogin() {
        PortalClient client = server.newClient();
        UserInfo helen = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).user();
        AtomicBoolean loggedOut = new AtomicBoolean();
        ShellViewModel shell = new ShellViewModel(helen, helen.providers().get(0), client, TaskRunner.inline(),
                () -> loggedOut.set(true));

        shell.logOut();

        assertTrue(loggedOut.get());
        assertFalse(client.isSignedIn());
    }

    @Test
    void theStatusBarSaysOnlineOrOfflineAndSinceWhen() {
        StatusBarModel status = new StatusBarModel(new When(ZoneId.of("Europe/London")), "demo portal");
        Instant tenPast = Instant.parse("2026-11-23T10:10:00Z");

        status.connectionChanged(new ConnectionState(true, tenPast));
        assertTrue(status.online().get());
        assertEquals("Online: demo portal · last contact 10:10", status.connectionText().get());

        status.connectionChanged(new ConnectionState(false, tenPast));
        assertFalse(status.online().get());
        assertEquals("Offline since 10:10: the portal is not answering", status.connectionText().get());
    }
}
