package org.providerdesk.ui.actions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.ActionCommentView;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.TeamView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.ReplyToAction;
import org.providerdesk.client.data.ActionComments;
import org.providerdesk.client.data.ActionList;
import org.providerdesk.client.data.Listed;
import org.providerdesk.api.ReplyRequest;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.ui.common.When;

/**
 * One action: its details, its whole history oldest first (the provider's messages and the council's, each with
 * who wrote it, when, and the team it went to), and "Reply": Comments and Assign To, then Submit. A closed action
 * shows its outcome and takes no reply; nor does one still waiting to be sent (the portal does not know it yet).
 */
public final class ActionDetailViewModel {

    /** One message of the history, in words. {@code pending} is "Waiting to send" or empty. */
    public record Message(boolean council, String heading, String text, String pending) {
    }

    private final LocalCache cache;
    private final Commands commands;
    private final Clock clock;
    private final When when;

    private final ObjectProperty<ActionView> action = new SimpleObjectProperty<>();
    private final ObservableList<Message> history = FXCollections.observableArrayList();
    private final ObservableList<TeamView> teams = FXCollections.observableArrayList();
    private final StringProperty outcome = new SimpleStringProperty("");
    private final BooleanProperty canReply = new SimpleBooleanProperty();
    private final BooleanProperty replying = new SimpleBooleanProperty();
    private final StringProperty comments = new SimpleStringProperty("");
    private final ObjectProperty<TeamView> assignTo = new SimpleObjectProperty<>();
    private final StringProperty commentsError = new SimpleStringProperty("");
    private final StringProperty assignToError = new SimpleStringProperty("");
    private final Runnable changed;
    private long providerId;

    /** @param changed runs after a reply was stored (asks for a sync); must not block */
    public ActionDetailViewModel(LocalCache cache, Commands commands, Clock clock, When when, Runnable changed) {
        this.changed = changed;
        this.cache = cache;
        this.commands = commands;
        this.clock = clock;
        this.when = when;
    }

    /** Shows an action as the cache holds it now (or as raised here, for one not yet sent). */
    public void show(long provider, ActionView shown, List<TeamView> councilTeams) {
        providerId = provider;
        ActionView current = shown.id() < 0 ? shown
                : new ActionList(cache).find(provider, shown.id(), LocalDate.now(clock)).orElse(shown);
        action.set(current);
        teams.setAll(councilTeams);
        replying.set(false);
        comments.set("");
        commentsError.set("");
        assignToError.set("");
        assignTo.set(teams.stream().filter(t -> current.assignedTeam() != null
                && t.code().equals(current.assignedTeam().code())).findFirst().orElse(null));
        boolean closed = current.status() == ActionStatus.CLOSED;
        canReply.set(!closed && current.id() > 0);
        outcome.set(!closed ? "" : "This action is closed"
                + (current.outcome() == null ? "" : ": the variation was " + ActionWords.outcome(current.outcome()))
                + (current.closedAt() == null ? "." : " (" + when.timeAndDay(current.closedAt()) + ")."));
        readHistory();
    }

    private void readHistory() {
        ActionView a = action.get();
        List<Message> messages = new java.util.ArrayList<>();
        messages.add(new Message(false, "Raised by " + a.raisedBy() + " at " + when.timeAndDay(a.raisedAt())
                + " · assigned to " + teamName(a.assignedTeam()), a.text(), a.id() < 0 ? "Waiting to send" : ""));
        if (a.id() > 0) {
            for (Listed<ActionCommentView> listed : new ActionComments(cache).of(providerId, a.id())) {
                ActionCommentView c = listed.row();
                boolean council = c.side() == CommentSide.COUNCIL;
                messages.add(new Message(council, (council ? "Council: " : "") + c.author() + " at "
                        + when.timeAndDay(c.createdAt()) + " · assigned to " + teamName(c.assignedTeam()), c.text(),
                        listed.isPending() ? listed.pending().label() : ""));
            }
        }
        history.setAll(messages);
    }

    private static String teamName(TeamView team) {
        return team == null ? "no team" : team.name();
    }

    /** "Reply": opens the Comments box and Assign To. */
    public void reply() {
        if (canReply.get()) {
            replying.set(true);
        }
    }

    public void cancelReply() {
        replying.set(false);
        comments.set("");
        commentsError.set("");
        assignToError.set("");
    }

    /** "Submit": stores the reply; it shows at once in the history as waiting to send. */
    public boolean submit() {
        commentsError.set(comments.get().isBlank() ? "Type your reply." : "");
        assignToError.set(assignTo.get() == null ? "Choose the team to assign the action to." : "");
        if (!canReply.get() || !commentsError.get().isEmpty() || !assignToError.get().isEmpty()) {
            return false;
        }
        commands.submit(new ReplyToAction(providerId, action.get().id(),
                new ReplyRequest(comments.get().strip(), assignTo.get().code())), clock.instant());
        replying.set(false);
        comments.set("");
        readHistory();
        changed.run();
        return true;
    }

    /** After a sync: the council may have answered. */
    public void refresh() {
        if (action.get() != null) {
            show(providerId, action.get(), List.copyOf(teams));
        }
    }

    public ObjectProperty<ActionView> action() { return action; }
    public ObservableList<Message> history() { return history; }
    public ObservableList<TeamView> teams() { return teams; }
    /** "This action is closed: the variation was approved (...)"; empty while open. */
    public StringProperty outcome() { return outcome; }
    public BooleanProperty canReply() { return canReply; }
    public BooleanProperty replying() { return replying; }
    public StringProperty comments() { return comments; }
    public ObjectProperty<TeamView> assignTo() { return assignTo; }
    public StringProperty commentsError() { return commentsError; }
    public StringProperty assignToError() { return assignToError; }
}
