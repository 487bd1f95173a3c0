package org.providerdesk.ui;

import java.time.Clock;
import java.time.ZoneId;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.login.DemoAccounts;

/**
 * What the screens need from outside, assembled by {@code app}.
 *
 * @param serverDescription where the portal is, for the status bar ("the demo portal on this computer")
 * @param demoAccounts      accounts to offer on the login screen of a demo server; null otherwise
 * @param savedData         the caches of this computer's users
 * @param afterWindowShown  runs once the window is on screen (starts an embedded server, so that the window
 *                          does not wait for it)
 * @param onExit            runs when the window closes (stops an embedded server)
 */
public record UiContext(PortalClient client, TaskRunner background, Clock clock, ZoneId zone,
        String serverDescription, DemoAccounts demoAccounts, SavedData savedData, Runnable afterWindowShown,
        Runnable onExit) {
}
