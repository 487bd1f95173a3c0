package org.providerdesk.ui.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.JsonMapping;
import org.providerdesk.api.Problem;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.ui.common.DialogService;
import org.providerdesk.ui.common.LatestRequest;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.common.When;

/**
 * The changes kept on this computer that the portal has not accepted yet, in the order they will be sent, in
 * words. A refused change can be sent again as it is or discarded; after either, a sync is asked for so the
 * portal hears about it straight away.
 */
public final class OutboxViewModel {

    public static final String NOTHING_WAITING = "Nothing is waiting to be sent.";
    static final String WAITING = "Waiting to send";
    static final String REFUSED = "Refused by the portal";
    static final String NO_REASON = "The portal did not say why. Check the details and try again, or discard it.";

    /**
     * One change as the page shows it.
     *
     * @param description what the change does, as the user would say it
     * @param queued      when it was made: "Saved at 10:00 on Monday 23 November"
     * @param state       "Waiting to send" or "Refused by the portal"
     * @param detail      when the next try is and why the last one failed, or the portal's reason for refusing
     */
    public record Row(long id, String description, String queued, String state, String detail, boolean refused) {
    }

    private final Outbox outbox;
    private final TaskRunner background;
    private final When when;
    private final Clock clock;
    private final DialogService dialogs;
    private final Runnable syncNow;
    private final ObjectMapper json = JsonMapping.lenient();

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final IntegerBinding count = Bindings.size(rows);
    private final BooleanProperty empty = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty error = new SimpleStringProperty("");
    private final LatestRequest reads;

    /** @param syncNow asks for a sync at once; it must not block (an offline session does nothing) */
    public OutboxViewModel(Outbox outbox, TaskRunner background, When when, Clock clock, DialogService dialogs,
            Runnable syncNow) {
        this.dialogs = dialogs;
        this.outbox = outbox;
        this.background = background;
        this.when = when;
        this.clock = clock;
        this.syncNow = syncNow;
        this.reads = new LatestRequest(background);
    }

    /** Reads the list again. Only the latest of several overlapping reads is shown. */
    public void refresh() {
        reads.run(this::readRows, read -> {
            rows.setAll(read);
            empty.set(read.isEmpty());
            error.set("");
        }, this::failed);
    }

    /** Sends a refused change again exactly as it was, for a refusal the user believes was temporary. */
    public void sendAgain(Row row) {
        change(() -> {
            outbox.find(row.id()).filter(item -> item.state() == Outbox.State.REFUSED)
                    .ifPresent(item -> outbox.resend(item.id(), item.description(), item.body(), clock.instant()));
            return null;
        });
    }

    /** Forgets a refused change for good, once the user has said so (see {@link #discardQuestion(Row)}). */
    public void discard(Row row) {
        if (!dialogs.confirm(new DialogService.Confirmation("Discard this change?", discardQuestion(row), "Discard",
                "Keep it", true))) {
            return;
        }
        change(() -> {
            outbox.find(row.id()).filter(item -> item.state() == Outbox.State.REFUSED)
                    .ifPresent(item -> outbox.discard(item.id()));
            return null;
        });
    }

    /** What the page asks before discarding. */
    public String discardQuestion(Row row) {
        return "Discard \"" + row.description() + "\"? The portal will never receive this change, and it cannot "
                + "be undone.";
    }

    private void change(Callable<Void> work) {
        busy.set(true);
        background.run(work, done -> {
            busy.set(false);
            refresh();
            syncNow.run();
        }, failure -> {
            busy.set(false);
            failed(failure);
        });
    }

    private void failed(Throwable failure) {
        error.set(UserMessages.describe(failure));
    }

    /** Runs on a worker thread. */
    private List<Row> readRows() {
        Instant now = clock.instant();
        return outbox.waiting().stream().map(item -> row(item, now)).toList();
    }

    private Row row(Outbox.Item item, Instant now) {
        String queued = "Saved at " + when.timeAndDay(item.createdAt());
        if (item.state() == Outbox.State.REFUSED) {
            return new Row(item.id(), item.description(), queued, REFUSED, reason(item.refusal()), true);
        }
        return new Row(item.id(), item.description(), queued, WAITING, nextTry(item, now), false);
    }

    /** "Tried 2 times. Will try again at 10:42: the portal did not answer." */
    private String nextTry(Outbox.Item item, Instant now) {
        if (item.attempts() == 0) {
            return "It will be sent at the next sync with the portal.";
        }
        String tried = item.attempts() == 1 ? "Tried once. " : "Tried " + item.attempts() + " times. ";
        String next = item.nextAttemptAt() != null && item.nextAttemptAt().isAfter(now)
                ? "Will try again at " + when.time(item.nextAttemptAt())
                : "Will try again at the next sync";
        return item.lastError() == null || item.lastError().isBlank() ? tried + next + "."
                : tried + next + ": " + startLowerCase(item.lastError());
    }

    /** The portal's reason for refusing ({@code detail} of its problem), or a general sentence. */
    private String reason(String problemJson) {
        if (problemJson == null || problemJson.isBlank()) {
            return NO_REASON;
        }
        try {
            Problem problem = json.readValue(problemJson, Problem.class);
            if (problem != null && problem.detail() != null && !problem.detail().isBlank()) {
                return problem.detail();
            }
            if (problem != null && problem.title() != null && !problem.title().isBlank()) {
                return problem.title();
            }
            return NO_REASON;
        } catch (IOException unreadable) {
            return NO_REASON;
        }
    }

    /** "The portal did not answer." becomes "the portal did not answer." but "CQC ..." stays as it is. */
    private static String startLowerCase(String sentence) {
        String text = sentence.strip();
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && !Character.isUpperCase(text.charAt(1))) {
            text = Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text.endsWith(".") ? text : text + ".";
    }

    public ObservableList<Row> rows() { return rows; }
    /** How many changes are listed, waiting or refused: the number beside the page's name. */
    public IntegerBinding count() { return count; }
    /** True once a read found nothing waiting; false before the first read. */
    public BooleanProperty empty() { return empty; }
    /** True while a change to the list is being saved. */
    public BooleanProperty busy() { return busy; }
    public StringProperty error() { return error; }
}
