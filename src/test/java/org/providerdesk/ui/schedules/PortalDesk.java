package org.providerdesk.ui.schedules;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.providerdesk.api.UserInfo;
import org.providerdesk.domain.Role;
import org.providerdesk.ui.DeskWindow;
import org.providerdesk.ui.common.Diagnostics;
import org.providerdesk.ui.common.FxDialogService;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.shell.Navigator;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;
import org.providerdesk.ui.shell.ShellView;
import org.providerdesk.ui.shell.ShellViewModel;
import org.providerdesk.ui.shell.StatusBarModel;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.ApplyFaults;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.client.sync.SyncEngine;
import org.providerdesk.client.sync.SyncStatus;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.testing.TestServer;

/**
 * A desktop's cache synced from the real server, for the page's tests: the session is an offline one (the test
 * syncs when it says so, as the scheduler would), so "offline" is simply not syncing, or the server stopped.
 */
final class PortalDesk implements AutoCloseable {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final TestServer server;
    final PortalClient client;
    final LocalCache cache;
    final DeskSession session;
    final ProviderSummary provider;

    PortalDesk(Path home, String email, String providerName) {
        server = TestServer.start();
        client = new PortalClient(() -> okhttp3.HttpUrl.get(server.baseUrl())); // follows a restart
        var login = server.logIn(client, email);
        provider = login.user().providers().stream()
                .filter(p -> providerName == null || p.name().equals(providerName)).findFirst().orElseThrow();
        cache = LocalCache.open(home.resolve("cache-" + System.nanoTime()), DemoUsers.PASSWORD.toCharArray(),
                new CacheKey(1_000));
        session = DeskSession.offline(cache, server.clock());
        sync();
    }

    SyncStatus sync() {
        return new SyncEngine(client, cache, server.clock(), 500, ApplyFaults.NONE).sync(provider.id(), status -> { });
    }

    Outbox outbox() {
        return session.outbox();
    }

    /** The council changes the schedule (its payable total) after the desktop has seen it. */
    void councilChangesSchedule(long scheduleId) {
        var jdbc = server.server().database().jdbc();
        long change = new ChangeNumbers(jdbc).next();
        jdbc.update("UPDATE payment_schedule SET payable_total = payable_total + 10, change_no = ? WHERE id = ?",
                change, scheduleId);
    }

    /** The council changes one line's contracted provision, and so the schedule, after the desktop has seen them. */
    void councilChangesProvision(long scheduleId, long lineItemId, java.math.BigDecimal provision) {
        var jdbc = server.server().database().jdbc();
        ChangeNumbers numbers = new ChangeNumbers(jdbc);
        jdbc.update("UPDATE schedule_line SET contracted_provision = ?, change_no = ? WHERE schedule_id = ? "
                + "AND line_item_id = ?", provision, numbers.next(), scheduleId, lineItemId);
        jdbc.update("UPDATE payment_schedule SET change_no = ? WHERE id = ?", numbers.next(), scheduleId);
    }

    /** The actual hours the portal holds for a line item of a schedule. */
    java.math.BigDecimal hoursOnPortal(long scheduleId, long lineItemId) {
        return server.server().database().jdbc().first("SELECT actual_hours FROM schedule_line WHERE schedule_id = ? "
                + "AND line_item_id = ?", row -> row.getBigDecimal(1), scheduleId, lineItemId).orElse(null);
    }

    String statusOnPortal(long scheduleId) {
        return server.server().database().jdbc().first("SELECT status FROM payment_schedule WHERE id = ?",
                row -> row.getString(1), scheduleId).orElseThrow();
    }

    /**
     * Shows the pages made from this desk's scope in the real shell on {@code stage} at 1366x768, as the signed-in
     * {@code userName}; call on the JavaFX thread.
     */
    Navigator showInShell(Stage stage, long userId, String userName, String email,
            Function<ProviderScope, List<Page>> pages) {
        UserInfo user = new UserInfo(userId, userName, email, Role.PROVIDER, List.of(provider));
        ShellViewModel shell = new ShellViewModel(user, provider, client, TaskRunner.inline(), () -> { });
        StatusBarModel status = new StatusBarModel(new When(LONDON), "test portal");
        DeskWindow.useTheme();
        Navigator navigator = new Navigator();
        Scene[] scene = new Scene[1];
        ProviderScope scope = new ProviderScope(session, client, shell.currentProvider(), TaskRunner.inline(),
                server.clock(), new When(LONDON),
                new FxDialogService(() -> scene[0].getWindow(), new Diagnostics("test", server.clock())),
                navigator, url -> { }, () -> { });
        navigator.setPages(pages.apply(scope));
        navigator.providerChanged(provider);
        scene[0] = new Scene(new ShellView(shell, status, navigator).build(), 1366, 768);
        DeskWindow.style(scene[0]);
        stage.setScene(scene[0]);
        stage.setWidth(1366);
        stage.setHeight(768);
        stage.show();
        return navigator;
    }

    @Override
    public void close() {
        session.close();
        server.close();
    }
}
