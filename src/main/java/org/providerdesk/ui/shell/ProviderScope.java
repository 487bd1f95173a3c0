package org.providerdesk.ui.shell;

import java.time.Clock;
import java.util.function.Consumer;
import javafx.beans.value.ObservableObjectValue;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.client.PortalClient;
import org.providerdesk.ui.common.DialogService;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;
import org.providerdesk.client.session.DeskSession;

/**
 * Everything a page gets from outside, one per signed-in session: the session (cache, outbox, sync), the
 * provider being viewed, the background runner, the clock and date formats, dialogs, the navigator (to open a
 * detail), and the desktop (open a link in the browser; end the session).
 *
 * @param client         the portal, for the few pages that ask it directly; an offline session cannot use it
 * @param provider       the provider being viewed; it changes when the user switches (see
 *                       {@link Page#onProviderChanged})
 * @param openLink       opens a web or mailto address in the user's browser or mail program
 * @param sessionEnded   the portal no longer knows the session: back to the login screen
 */
public record ProviderScope(DeskSession session, PortalClient client, ObservableObjectValue<ProviderSummary> provider,
        TaskRunner runner, Clock clock, When when, DialogService dialogs, Navigator navigator,
        Consumer<String> openLink, Runnable sessionEnded) {

    /** The id of the provider being viewed. */
    public long providerId() {
        return provider.get().id();
    }
}
