package org.providerdesk.ui.schedules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.providerdesk.api.DecisionRequest;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.commands.ConfirmSchedule;
import org.providerdesk.client.commands.DeskCommand;
import org.providerdesk.client.commands.RejectSchedule;
import org.providerdesk.client.commands.SubmitActuals;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.common.When;

/**
 * The schedule's status and the Confirm and Reject buttons at the bottom of the page. Each opens a Comments box;
 * Confirm saves the comment and agrees the payments, Reject needs a comment. The decision becomes a typed command
 * carrying the ETag of the schedule as shown, and shows at once as waiting to send. When the portal refuses it
 * because the council changed the schedule meanwhile (412), the page says what changed and the user decides again,
 * which sends the refused command again with the new ETag. After the deadline, once the period is paid or once
 * decided, the buttons are replaced by the reason.
 */
public final class DecisionModel {

    /** Which Comments box is open. */
    public enum Mode { NONE, CONFIRMING, REJECTING }

    static final String REJECT_NEEDS_COMMENTS = "Say why you reject the schedule, so that the council can put it right.";
    static final int MAX_COMMENTS = 2000;
    static final String ACTUALS_NOT_SENT = "Your actual hours were not sent: see the Actual hours tab.";

    private final ScheduleData data;
    private final TaskRunner runner;
    private final Clock clock;
    private final When when;
    private final Consumer<Long> sent;
    /** What the user saw when deciding, by schedule, to say what the council changed. */
    private final Map<Long, ScheduleSummary> seenWhenDeciding = new HashMap<>();

    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper decidedDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper changed = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notOffered = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(Mode.NONE);
    private final StringProperty comments = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper commentsError = new ReadOnlyStringWrapper("");
    private final ObjectProperty<PeriodState> state = new SimpleObjectProperty<>();

    /** @param sent told the schedule id after a decision was stored, to read the period again */
    public DecisionModel(ScheduleData data, TaskRunner runner, Clock clock, When when, Consumer<Long> sent) {
        this.data = data;
        this.runner = runner;
        this.clock = clock;
        this.when = when;
        this.sent = sent;
        comments.addListener((property, before, now) -> commentsError.set(""));
    }

    /** The period as read; keeps an open Comments box only while the same schedule may still be decided. */
    public void show(PeriodState read) {
        PeriodState before = state.get();
        state.set(read);
        ScheduleSummary schedule = read.summary();
        waiting.set(read.schedule() != null && read.schedule().isPending()
                && read.summary().status() == ScheduleStatus.UNCONFIRMED ? read.schedule().pending().label() : "");
        changed.set("");
        if (schedule == null) {
            status.set("No schedule yet");
            decidedDetail.set("The council has not published a schedule for this period yet.");
            notOffered("There is nothing to confirm until the schedule is published.");
            return;
        }
        status.set(schedule.status().name().toLowerCase(Locale.ROOT));
        decidedDetail.set(decided(schedule));
        String reason = reasonNotOffered(read, today());
        if (reason != null) {
            notOffered(reason);
            return;
        }
        boolean same = before != null && before.summary() != null && before.summary().id() == schedule.id();
        if (!same) {
            mode.set(Mode.NONE);
            comments.set("");
        }
        if (read.refusal() != null && read.refusal().status() == 412) {
            waiting.set("");
            if (read.refusal().command() instanceof ConfirmSchedule confirm) {
                changed.set(whatChanged(schedule));
                reopen(Mode.CONFIRMING, confirm.request().comments());
            } else if (read.refusal().command() instanceof RejectSchedule reject) {
                changed.set(whatChanged(schedule));
                reopen(Mode.REJECTING, reject.request().comments());
            } else if (read.refusal().command() instanceof SubmitActuals) {
                changed.set(ACTUALS_NOT_SENT);
            }
        }
        notOffered.set("");
        offered.set(true);
    }

    private void reopen(Mode opened, String said) {
        if (mode.get() == Mode.NONE) {
            mode.set(opened);
            comments.set(said == null ? "" : said);
        }
    }

    private void notOffered(String reason) {
        notOffered.set(reason);
        offered.set(false);
        mode.set(Mode.NONE);
    }

    /** Why Confirm and Reject are not offered for this period, or null when they are. */
    static String reasonNotOffered(PeriodState read, LocalDate today) {
        ScheduleSummary schedule = read.summary();
        if (schedule.status() != ScheduleStatus.UNCONFIRMED) {
            return "This schedule has been " + schedule.status().name().toLowerCase(Locale.ROOT)
                    + ". To change it, contact the payments team.";
        }
        if (read.schedule().isPending() && !read.schedule().pending().refused()) {
            String label = read.schedule().pending().label();
            String yours = label.startsWith("Actual hours") ? "Your actual hours" : "Your decision";
            return label.endsWith("waiting to send")
                    ? yours + (label.startsWith("Actual hours") ? " are" : " is")
                            + " kept on this computer and will be sent at the next sync."
                    : yours + (label.startsWith("Actual hours") ? " were" : " was")
                            + " sent; the portal's answer shows here at the next sync.";
        }
        if (read.refusal() != null && read.refusal().status() != 412) {
            return "The portal refused this: " + read.refusal().reason() + " You can discard it in Waiting to send.";
        }
        if (read.paid()) {
            return "This period has been paid, so its schedule can no longer be confirmed or rejected.";
        }
        if (!ScheduleStatus.mayBeDecided(schedule.status(), schedule.period().confirmationDeadline(), today)) {
            return "The deadline to confirm or reject this schedule was "
                    + Words.day(schedule.period().confirmationDeadline()) + ". Contact the payments team.";
        }
        return null;
    }

    private String decided(ScheduleSummary schedule) {
        if (schedule.status() == ScheduleStatus.UNCONFIRMED) {
            return "Confirm or reject by " + Words.day(schedule.period().confirmationDeadline()) + ".";
        }
        String by = schedule.decidedBy() == null ? "" : " by " + schedule.decidedBy();
        String at = schedule.decidedAt() == null ? "" : " at " + when.timeAndDay(schedule.decidedAt());
        String said = schedule.comments() == null || schedule.comments().isBlank() ? "No comments."
                : "Comments: " + schedule.comments();
        return (schedule.status() == ScheduleStatus.CONFIRMED ? "Confirmed" : "Rejected") + by + at + ". " + said;
    }

    private String whatChanged(ScheduleSummary now) {
        ScheduleSummary seen = seenWhenDeciding.get(now.id());
        String current = "payable " + Words.money(now.totalPayable()) + " on " + now.payableLines()
                + " lines, suspended " + Words.money(now.totalSuspended()) + " on " + now.suspendedLines() + " lines";
        String was = seen == null ? "" : " (when you decided: payable " + Words.money(seen.totalPayable()) + " on "
                + seen.payableLines() + " lines, suspended " + Words.money(seen.totalSuspended()) + " on "
                + seen.suspendedLines() + " lines)";
        return "The council changed this schedule after you looked at it, so your decision was not sent. It is now "
                + current + was + ". Check the lines, then confirm or reject again.";
    }

    public void startConfirm() {
        open(Mode.CONFIRMING);
    }

    public void startReject() {
        open(Mode.REJECTING);
    }

    private void open(Mode opened) {
        if (offered.get()) {
            mode.set(opened);
            commentsError.set("");
        }
    }

    public void cancel() {
        mode.set(Mode.NONE);
        commentsError.set("");
    }

    /** Confirm or Reject in the open Comments box. @return false when refused beside the box */
    public boolean send() {
        PeriodState read = state.get();
        if (!offered.get() || mode.get() == Mode.NONE || read == null || read.summary() == null) {
            return false;
        }
        String said = comments.get() == null ? "" : comments.get().strip();
        if (mode.get() == Mode.REJECTING && said.isEmpty()) {
            commentsError.set(REJECT_NEEDS_COMMENTS);
            return false;
        }
        if (said.length() > MAX_COMMENTS) {
            commentsError.set("Use at most " + MAX_COMMENTS + " characters.");
            return false;
        }
        ScheduleSummary schedule = read.summary();
        DecisionRequest request = new DecisionRequest(said.isEmpty() ? null : said);
        DeskCommand command = mode.get() == Mode.CONFIRMING
                ? new ConfirmSchedule(schedule.providerId(), schedule.id(), read.etag(), request)
                : new RejectSchedule(schedule.providerId(), schedule.id(), read.etag(), request);
        boolean again = read.refusal() != null && read.refusal().status() == 412;
        long outboxId = again ? read.schedule().pending().outboxId() : 0;
        seenWhenDeciding.put(schedule.id(), schedule);
        offered.set(false);
        runner.run(() -> {
            if (again) {
                data.resend(outboxId, command);
            } else {
                data.submit(command);
            }
            return null;
        }, done -> {
            mode.set(Mode.NONE);
            comments.set("");
            waiting.set(mode(command) + " waiting to send");
            sent.accept(schedule.id());
        }, failure -> {
            offered.set(true);
            commentsError.set(UserMessages.describe(failure));
        });
        return true;
    }

    private static String mode(DeskCommand command) {
        return command instanceof ConfirmSchedule ? "Confirmation" : "Rejection";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** "unconfirmed", "confirmed" or "rejected" (the guide's words), or "No schedule yet". */
    public ReadOnlyStringProperty status() { return status.getReadOnlyProperty(); }
    /** Who decided, when, and the comments; or by when to decide. */
    public ReadOnlyStringProperty decidedDetail() { return decidedDetail.getReadOnlyProperty(); }
    /** "Confirmation waiting to send" while the decision is only on this computer; empty otherwise. */
    public ReadOnlyStringProperty waiting() { return waiting.getReadOnlyProperty(); }
    /** After a 412: what the council changed, and that the user decides again. */
    public ReadOnlyStringProperty changed() { return changed.getReadOnlyProperty(); }
    /** Why Confirm and Reject are not offered; empty when they are. */
    public ReadOnlyStringProperty notOffered() { return notOffered.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty offered() { return offered.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Mode> mode() { return mode.getReadOnlyProperty(); }
    public StringProperty comments() { return comments; }
    /** Shown beside the Comments box. */
    public ReadOnlyStringProperty commentsError() { return commentsError.getReadOnlyProperty(); }
}
