package org.providerdesk.ui.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.Node;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.data.Listed;
import org.providerdesk.client.data.Periods;
import org.providerdesk.client.data.Schedules;
import org.providerdesk.client.session.DeskSession;
import org.providerdesk.ui.shell.ActionSummaries;
import org.providerdesk.ui.shell.Page;
import org.providerdesk.ui.shell.ProviderScope;
import org.providerdesk.ui.shell.SchedulePages;

/** The home page in the shell: read from the portal when it answers, else the copy saved on this computer. */
public final class HomeScreen implements Page {

    private final ProviderScope scope;
    private final HomeViewModel model;
    private final NeedsYouModel needsYou;
    private Node view;
    private long current = -1;

    public HomeScreen(ProviderScope scope) {
        this.scope = scope;
        this.model = new HomeViewModel(source(scope), scope.runner(), scope.when(), scope.clock(),
                scope.sessionEnded());
        this.needsYou = new NeedsYouModel(providerId -> recentSchedules(scope, providerId), scope.runner(),
                scope.clock());
    }

    /** This and last financial year's schedules, from the cache (with the changes waiting to send). */
    private static List<Listed<ScheduleSummary>>
            recentSchedules(ProviderScope scope, long providerId) {
        var periods = new Periods(scope.session().cache());
        var schedules = new Schedules(scope.session().cache());
        List<Listed<ScheduleSummary>> found =
                new ArrayList<>();
        for (int year : periods.years(providerId).stream().limit(2).toList()) {
            found.addAll(schedules.ofYear(providerId, year));
        }
        return found;
    }

    /** Opens an item's period on the Scheduled payments page; null (no button) while there is no such page. */
    private Consumer<NeedsYouModel.Item> opener() {
        return scope.navigator().find(SchedulePages.class)
                .<Consumer<NeedsYouModel.Item>>map(pages -> item -> pages.openPeriod(
                        item.periodId(), item.target() == NeedsYouModel.Target.NON_PAYABLE))
                .orElse(null);
    }

    @Override
    public String title() {
        return "Home";
    }

    @Override
    public String navigationId() {
        return "navHome";
    }

    @Override
    public Node view() {
        if (view == null) {
            Node needsYouNow = NeedsYouView.build(needsYou, opener());
            Node top = scope.navigator().find(ActionSummaries.class)
                    .<Node>map(actions -> new javafx.scene.layout.VBox(12, actions.pendingSummary(), needsYouNow))
                    .orElse(needsYouNow);
            view = new HomeView(model, scope.openLink(), top).build();
        }
        return view;
    }

    @Override
    public void onProviderChanged(ProviderSummary provider) {
        model.load(provider.id());
        current = provider.id();
        needsYou.load(current);
    }

    /** A sync may have confirmed a schedule or brought a new one. */
    @Override
    public void onSyncFinished() {
        if (current >= 0) {
            needsYou.load(current);
        }
    }

    HomeViewModel model() {
        return model;
    }

    private static HomeViewModel.Source source(ProviderScope scope) {
        DeskSession session = scope.session();
        return new HomeViewModel.Source() {
            @Override
            public HomePage live(long providerId) {
                if (!session.isOnline()) {
                    throw new PortalUnreachableException("Working offline", null);
                }
                return scope.client().home(providerId);
            }

            @Override
            public void save(HomePage page) {
                session.saveHome(page);
            }

            @Override
            public Optional<HomePage> saved(long providerId) {
                return session.savedHome(providerId);
            }
        };
    }
}
