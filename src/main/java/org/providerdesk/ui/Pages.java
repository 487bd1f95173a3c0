package org.providerdesk.ui;

import java.util.List;
import org.providerdesk.ui.actions.ActionsScreen;
import org.providerdesk.ui.carepackages.LineItemsScreen;
import org.providerdesk.ui.contacts.ContactsScreen;
import org.providerdesk.ui.home.HomeScreen;
import org.providerdesk.ui.organisation.OrganisationScreen;
import org.providerdesk.ui.outbox.WaitingToSendScreen;
import org.providerdesk.ui.schedules.ScheduledPaymentsScreen;
import org.providerdesk.ui.remittances.RemittanceScreen;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;

/** The pages of the logged-in app, in the order of the navigation (Ctrl+1 is the first). A new screen is one line. */
public final class Pages {

    private Pages() {
    }

    public static List<Page> all(ProviderScope scope) {
        return List.of(
                new HomeScreen(scope),
                new LineItemsScreen(scope),
                new ActionsScreen(scope),
                new ScheduledPaymentsScreen(scope),
                new RemittanceScreen(scope),
                new OrganisationScreen(scope),
                new ContactsScreen(scope),
                new WaitingToSendScreen(scope));
    }
}
