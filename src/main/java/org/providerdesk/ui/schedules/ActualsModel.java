package org.providerdesk.ui.schedules;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.ActualsRequest;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.commands.SubmitActuals;
import org.providerdesk.domain.ActualHours;
import org.providerdesk.domain.Suspension;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/**
 * Home care: the actual hours delivered in the period, per client and line, each checked beside its field with the
 * portal's own rule ({@link ActualHours}). Hours over the contracted provision are allowed, with the warning that
 * the line will be suspended until a variation is agreed. Submitted as one {@link SubmitActuals} command. When the
 * portal refuses it because the schedule or the period changed on the council's side meanwhile (412), the form opens
 * again with the hours the user had entered, says what changed, and submitting sends the refused command again with
 * the new ETag, as a decision is decided again.
 */
public final class ActualsModel {

    /** One line item's field. */
    public static final class Entry {
        private final ScheduleLineView line;
        private final int days;
        private final StringProperty hours = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

        Entry(ScheduleLineView line, int days, BigDecimal entered) {
            this.line = line;
            this.days = days;
            BigDecimal shown = entered != null ? entered : line.actualHours();
            hours.set(shown == null ? "" : Words.number(shown));
            hours.addListener((property, before, now) -> check());
            check();
        }

        /** @return the hours when the field holds good ones, empty when blank or wrong (then {@link #error} says why) */
        Optional<BigDecimal> check() {
            String text = hours.get() == null ? "" : hours.get().strip();
            warning.set("");
            if (text.isEmpty()) {
                error.set("");
                return Optional.empty();
            }
            Optional<BigDecimal> parsed = ActualHours.parse(text);
            if (parsed.isEmpty()) {
                error.set("Enter a number of hours, such as 12.25.");
                return Optional.empty();
            }
            Optional<String> problem = ActualHours.problem(parsed.get(), days);
            error.set(problem.orElse(""));
            if (problem.isPresent()) {
                return Optional.empty();
            }
            BigDecimal amount = Suspension.amountForHours(parsed.get(), line.unitRate());
            if (amount.compareTo(line.contractedProvision()) > 0) {
                warning.set(Words.money(amount) + " is more than the contracted provision of "
                        + Words.money(line.contractedProvision())
                        + ": this line will be suspended until a variation is agreed.");
            }
            return parsed;
        }

        public String client() { return line.clientName() + " (" + line.clientReference() + ")"; }
        public String service() { return line.service(); }
        public String rate() { return Words.money(line.unitRate()); }
        public String provision() { return Words.money(line.contractedProvision()); }
        public long lineItemId() { return line.lineItemId(); }
        public StringProperty hours() { return hours; }
        public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
        public ReadOnlyStringProperty warning() { return warning.getReadOnlyProperty(); }
    }

    private final ScheduleData data;
    private final TaskRunner runner;
    private final Clock clock;
    private final Consumer<Long> sent;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notOffered = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper changed = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.BooleanProperty reopened = new javafx.beans.property.SimpleBooleanProperty();
    /** The lines as the user saw them when submitting, by schedule, to say what the council changed. */
    private final Map<Long, List<ScheduleLineView>> seenWhenSubmitting = new HashMap<>();
    /** The refused command whose hours fill the form now (its outbox id), 0 for none. */
    private long reopenedFor;
    private List<ScheduleLineView> shownLines = List.of();
    private PeriodState state;

    public ActualsModel(ScheduleData data, TaskRunner runner, Clock clock, Consumer<Long> sent) {
        this.data = data;
        this.runner = runner;
        this.clock = clock;
        this.sent = sent;
    }

    /** The chosen period and its lines: one field per line item. */
    public void show(PeriodState read, List<ScheduleLineView> lines) {
        boolean same = state != null && state.summary() != null && read.summary() != null
                && state.summary().id() == read.summary().id() && !entries.isEmpty()
                && java.util.Objects.equals(state.summary().actualsSubmittedAt(), read.summary().actualsSubmittedAt());
        state = read;
        String reason = read.summary() == null ? "There is no schedule for this period yet."
                : DecisionModel.reasonNotOffered(read, LocalDate.now(clock));
        notOffered.set(reason == null ? "" : reason);
        offered.set(reason == null);
        shownLines = lines;
        SubmitActuals refused = refusedAsChanged(read);
        Map<Long, BigDecimal> entered = new HashMap<>();
        if (refused == null) {
            changed.set("");
            reopenedFor = 0;
        } else {
            refused.request().lines().forEach(line -> entered.put(line.lineItemId(), line.hours()));
            if (reopenedFor != read.schedule().pending().outboxId()) {
                reopenedFor = read.schedule().pending().outboxId();
                entries.setAll(entries(read, lines, entered));
                changed.set(ActualsChanges.describe(seenWhenSubmitting.get(read.summary().id()), lines,
                        entered.keySet()));
                message.set("");
                reopened.set(true);
                return;
            }
        }
        if (same) {
            return;
        }
        message.set(read.summary() != null && read.summary().actualsSubmittedAt() != null && refused == null
                ? "Actual hours were submitted for this period." : "");
        entries.setAll(entries(read, lines, entered));
    }

    /** The hours sent for this schedule when the portal refused them because it changed meanwhile (412), or null. */
    private static SubmitActuals refusedAsChanged(PeriodState read) {
        return read.refusal() != null && read.refusal().status() == 412
                && read.refusal().command() instanceof SubmitActuals actuals
                && read.summary() != null && actuals.scheduleId() == read.summary().id() ? actuals : null;
    }

    private static List<Entry> entries(PeriodState read, List<ScheduleLineView> lines, Map<Long, BigDecimal> entered) {
        int days = (int) ChronoUnit.DAYS.between(read.period().startDate(), read.period().endDate()) + 1;
        Map<Long, Entry> byItem = new LinkedHashMap<>();
        for (ScheduleLineView line : lines) {
            byItem.computeIfAbsent(line.lineItemId(), item -> new Entry(line, days, entered.get(item)));
        }
        return new ArrayList<>(byItem.values());
    }

    /** Submits the hours entered. @return false when a field is wrong or none is filled in (said in {@link #message}) */
    public boolean submit() {
        if (!offered.get() || state == null || state.summary() == null) {
            return false;
        }
        List<ActualsRequest.Line> lines = new ArrayList<>();
        boolean wrong = false;
        for (Entry entry : entries) {
            Optional<BigDecimal> hours = entry.check();
            if (!entry.error().get().isEmpty()) {
                wrong = true;
            } else {
                hours.ifPresent(value -> lines.add(new ActualsRequest.Line(entry.lineItemId(), value)));
            }
        }
        if (wrong) {
            message.set("Put right the hours marked, then submit them.");
            return false;
        }
        if (lines.isEmpty()) {
            message.set("Enter the hours delivered for at least one line.");
            return false;
        }
        ScheduleSummary schedule = state.summary();
        SubmitActuals command = new SubmitActuals(schedule.providerId(), schedule.id(), state.etag(),
                new ActualsRequest(lines));
        long again = refusedAsChanged(state) != null ? state.schedule().pending().outboxId() : 0;
        seenWhenSubmitting.put(schedule.id(), shownLines);
        reopenedFor = 0; // refused again: the form opens again
        offered.set(false);
        runner.run(() -> {
            if (again != 0) {
                data.resend(again, command);
            } else {
                data.submit(command);
            }
            return null;
        }, done -> {
            changed.set("");
            message.set("Actual hours waiting to send (" + lines.size() + (lines.size() == 1 ? " line)." : " lines)."));
            sent.accept(schedule.id());
        }, failure -> {
            offered.set(true);
            message.set(UserMessages.describe(failure));
        });
        return true;
    }

    public ObservableList<Entry> entries() { return entries; }
    /** What became of the last submit, or what to put right. */
    public ReadOnlyStringProperty message() { return message.getReadOnlyProperty(); }
    public ReadOnlyStringProperty notOffered() { return notOffered.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty offered() { return offered.getReadOnlyProperty(); }
    /** After a 412: what the council changed since the hours were entered, and that the user submits again. */
    public ReadOnlyStringProperty changed() { return changed.getReadOnlyProperty(); }
    /** Set when the form opens again after a 412, for the view to show the Actual hours tab; the view resets it. */
    public javafx.beans.property.BooleanProperty reopened() { return reopened; }
}
