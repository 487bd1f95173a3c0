package org.providerdesk.ui.home;

import java.time.Clock;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.CouncilLink;
import org.providerdesk.api.HomePage;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.TeamContact;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.ui.common.Background;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.common.When;

/** Loads and holds one provider's home page. */
public final class HomeViewModel {

    private final PortalClient client;
    private final Background background;
    private final When when;
    private final Clock clock;
    private final Runnable onSessionEnded;

    private final ObservableList<NoticeView> notices = FXCollections.observableArrayList();
    private final ObservableList<TeamContact> teams = FXCollections.observableArrayList();
    private final ObservableList<CouncilLink> links = FXCollections.observableArrayList();
    private final StringProperty councilName = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private long requestedProvider;

    public HomeViewModel(PortalClient client, Background background, When when, Clock clock,
            Runnable onSessionEnded) {
        this.client = client;
        this.background = background;
        this.when = when;
        this.clock = clock;
        this.onSessionEnded = onSessionEnded;
    }

    public void load(long providerId) {
        requestedProvider = providerId;
        loading.set(true);
        error.set("");
        background.run(() -> client.home(providerId), page -> {
            if (page.provider().id() == requestedProvider) {
                show(page);
            }
        }, this::failed);
    }

    private void show(HomePage page) {
        loading.set(false);
        councilName.set(page.councilName());
        notices.setAll(page.notices());
        teams.setAll(page.teams());
        links.setAll(page.links());
    }

    private void failed(Throwable failure) {
        loading.set(false);
        if (failure instanceof PortalException refused && refused.isOfType(ProblemTypes.NOT_SIGNED_IN)) {
            onSessionEnded.run();
            return;
        }
        error.set(UserMessages.describe(failure));
    }

    /** "From 18:00 on Saturday 28 November to 07:00 on Monday 30 November", for a notice's header. */
    public String periodOf(NoticeView notice) {
        return when.noticePeriod(notice, clock.instant());
    }

    /** How a notice should stand out: in-force downtime is danger, planned downtime a warning. */
    public NoticeLevel levelOf(NoticeView notice) {
        if (!notice.downtime()) {
            return NoticeLevel.INFORMATION;
        }
        return notice.inForce() ? NoticeLevel.DOWNTIME_NOW : NoticeLevel.DOWNTIME_PLANNED;
    }

    /** How much a notice should stand out. */
    public enum NoticeLevel { INFORMATION, DOWNTIME_PLANNED, DOWNTIME_NOW }

    public ObservableList<NoticeView> notices() { return notices; }
    public ObservableList<TeamContact> teams() { return teams; }
    public ObservableList<CouncilLink> links() { return links; }
    public StringProperty councilName() { return councilName; }
    public StringProperty error() { return error; }
    public BooleanProperty loading() { return loading; }
}
