package org.providerdesk.ui.home;

import java.time.Clock;
import java.util.Optional;
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
import org.providerdesk.client.PortalException;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.common.When;

/**
 * Loads and holds one provider's home page: from the portal when it answers (saving a copy), otherwise the copy
 * saved on this computer, saying so.
 */
public final class HomeViewModel {

    /** Where home pages come from: the portal, and the copies saved on this computer. */
    public interface Source {
        HomePage live(long providerId);

        void save(HomePage page);

        Optional<HomePage> saved(long providerId);
    }

    /** A page and, when it is a saved copy, a note saying so. */
    private record Loaded(HomePage page, String note) {
    }

    private final Source source;
    private final TaskRunner background;
    private final When when;
    private final Clock clock;
    private final Runnable onSessionEnded;

    private final ObservableList<NoticeView> notices = FXCollections.observableArrayList();
    private final ObservableList<TeamContact> teams = FXCollections.observableArrayList();
    private final ObservableList<CouncilLink> links = FXCollections.observableArrayList();
    private final StringProperty councilName = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private long requestedProvider;

    public HomeViewModel(Source source, TaskRunner background, When when, Clock clock, Runnable onSessionEnded) {
        this.source = source;
        this.background = background;
        this.when = when;
        this.clock = clock;
        this.onSessionEnded = onSessionEnded;
    }

    public void load(long providerId) {
        requestedProvider = providerId;
        loading.set(true);
        error.set("");
        background.run(() -> fetch(providerId), loaded -> {
            if (loaded.page().provider().id() == requestedProvider) {
                note.set(loaded.note());
                show(loaded.page());
            }
        }, this::failed);
    }

    private Loaded fetch(long providerId) {
        try {
            HomePage page = source.live(providerId);
            source.save(page);
            return new Loaded(page, "");
        } catch (PortalUnreachableException offline) {
            return source.saved(providerId)
                    .map(page -> new Loaded(page, "The portal is not answering: this is the home page as it was "
                            + "last saved on this computer."))
                    .orElseThrow(() -> offline);
        }
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
    public StringProperty note() { return note; }
    public BooleanProperty loading() { return loading; }
}
