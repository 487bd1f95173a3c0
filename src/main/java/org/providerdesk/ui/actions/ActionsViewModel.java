package org.providerdesk.ui.actions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.ActionCommentView;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.api.ActionView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.data.ActionComments;
import org.providerdesk.client.data.ActionList;
import org.providerdesk.client.data.Listed;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.domain.SummaryLevel;
import org.providerdesk.ui.common.LatestRequest;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/**
 * The actions list of one provider from the cache: "Open Actions Only" ticked at first, overdue ones marked, and
 * the summary for the home page. After a sync, an action whose newest message is a council reply that was not
 * there before is marked unread (until opened) and announced through {@code notify}.
 */
public final class ActionsViewModel {

    /** What one read found: the rows, the summary, and the council replies that are new since the last read. */
    private record Read(long providerId, List<ActionRow> rows, ActionSummary summary, Map<Long, Instant> activity,
            List<String> newReplies) {
    }

    private final LocalCache cache;
    private final TaskRunner background;
    private final Clock clock;
    private final Consumer<String> notify;
    private final LatestRequest reads;

    private final ObservableList<ActionRow> rows = FXCollections.observableArrayList();
    private final BooleanProperty openOnly = new SimpleBooleanProperty(true);
    private final ObjectProperty<ActionSummary> summary = new SimpleObjectProperty<>(
            new ActionSummary(SummaryLevel.GREEN, 0, 0));
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final Set<Long> unread = new HashSet<>();
    private Map<Long, Instant> knownActivity;
    private long providerId = -1;

    /** @param notify shows a desktop notice, such as "The council replied to: Hospital admission" */
    public ActionsViewModel(LocalCache cache, TaskRunner background, Clock clock, Consumer<String> notify) {
        this.cache = cache;
        this.background = background;
        this.clock = clock;
        this.notify = notify;
        this.reads = new LatestRequest(background);
        openOnly.addListener((obs, was, now) -> refresh());
    }

    /** Shows another provider: forgets the unread marks of the one before. */
    public void load(long provider) {
        providerId = provider;
        unread.clear();
        knownActivity = null;
        refresh();
    }

    /** Reads the list again (when shown, after a sync, after a change made here). */
    public void refresh() {
        if (providerId < 0) {
            return;
        }
        long provider = providerId;
        boolean open = openOnly.get();
        Map<Long, Instant> known = knownActivity;
        Set<Long> marked = Set.copyOf(unread);
        loading.set(true);
        reads.run(() -> read(provider, open, known, marked), this::show, failure -> {
            loading.set(false);
            error.set(UserMessages.describe(failure));
        });
    }

    /** Runs on a worker thread. */
    private Read read(long provider, boolean open, Map<Long, Instant> known, Set<Long> marked) {
        LocalDate today = LocalDate.now(clock);
        ActionList.Listing all = new ActionList(cache).list(provider, false, today);
        Map<Long, Instant> activity = new HashMap<>();
        List<String> replies = new ArrayList<>();
        Set<Long> nowUnread = new HashSet<>(marked);
        ActionComments comments = new ActionComments(cache);
        for (Listed<ActionView> listed : all.actions()) {
            ActionView a = listed.row();
            if (listed.isPending() || a.lastActivityAt() == null) {
                continue;
            }
            activity.put(a.id(), a.lastActivityAt());
            Instant before = known == null ? null : known.get(a.id());
            // Only an action already listed before can have news: a first sync brings history, not replies
            if (before != null && !a.lastActivityAt().equals(before) && councilWroteLast(comments, provider, a, before)) {
                nowUnread.add(a.id());
                replies.add(a.title());
            }
        }
        List<ActionRow> shown = new ArrayList<>(all.actions().size());
        for (Listed<ActionView> listed : all.actions()) {
            if (!open || listed.row().status() == org.providerdesk.domain.ActionStatus.OPEN) {
                shown.add(ActionRow.of(listed, nowUnread.contains(listed.row().id()), clock.getZone()));
            }
        }
        return new Read(provider, shown, all.summary(), activity, replies);
    }

    private static boolean councilWroteLast(ActionComments comments, long provider, ActionView action, Instant since) {
        List<Listed<ActionCommentView>> history = comments.of(provider, action.id());
        for (int i = history.size() - 1; i >= 0; i--) {
            Listed<ActionCommentView> listed = history.get(i);
            if (!listed.isPending()) {
                ActionCommentView last = listed.row();
                return last.side() == CommentSide.COUNCIL && (since == null || last.createdAt().isAfter(since));
            }
        }
        return false;
    }

    private void show(Read read) {
        if (read.providerId() != providerId) {
            return;
        }
        loading.set(false);
        error.set("");
        knownActivity = read.activity();
        read.rows().stream().filter(ActionRow::unread).forEach(row -> unread.add(row.id()));
        rows.setAll(read.rows());
        summary.set(read.summary());
        if (read.newReplies().size() == 1) {
            notify.accept("The council replied to \"" + read.newReplies().get(0) + "\".");
        } else if (read.newReplies().size() > 1) {
            notify.accept("The council replied to " + read.newReplies().size() + " of your actions.");
        }
    }

    /** The user opened an action: its unread mark goes. */
    public void opened(long actionId) {
        if (unread.remove(actionId)) {
            for (int i = 0; i < rows.size(); i++) {
                ActionRow row = rows.get(i);
                if (row.id() == actionId) {
                    rows.set(i, new ActionRow(row.action(), row.type(), row.title(), row.client(), row.team(),
                            row.status(), row.raised(), row.due(), row.overdue(), row.pending(), false));
                }
            }
        }
    }

    public long providerId() { return providerId; }
    public ObservableList<ActionRow> rows() { return rows; }
    /** "Open Actions Only": ticked at first. */
    public BooleanProperty openOnly() { return openOnly; }
    public ObjectProperty<ActionSummary> summary() { return summary; }
    public StringProperty error() { return error; }
    public BooleanProperty loading() { return loading; }
}
