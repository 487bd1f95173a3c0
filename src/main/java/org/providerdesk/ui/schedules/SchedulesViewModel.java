package org.providerdesk.ui.schedules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.data.Listed;
import org.providerdesk.domain.FinancialYear;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.ui.common.LatestRequest;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.shell.NewActionDraft;
import org.providerdesk.ui.shell.NewActionForms;

/**
 * The Scheduled payments page: the financial year drop-down (this year first, previous years too), the year's
 * periods as date links with the current period chosen first, and the chosen period's lines, decision and actual
 * hours. Everything is read from the cache off the JavaFX thread; the newest choice wins.
 */
public final class SchedulesViewModel {

    /** A period read with its lines. */
    record Read(PeriodState state, List<ScheduleLineView> lines) {
    }

    private final ScheduleData data;
    private final Clock clock;
    private final Supplier<Optional<NewActionForms>> forms;
    private final LatestRequest yearReads;
    private final LatestRequest periodReads;
    private final LinesModel lines = new LinesModel();
    private final DecisionModel decision;
    private final ActualsModel actuals;

    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<PeriodRow> periods = FXCollections.observableArrayList();
    private final ObservableList<PeriodView> calendar = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodRow> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper variationMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper homeCare = new ReadOnlyBooleanWrapper();
    private final BooleanProperty nonPayableTab = new javafx.beans.property.SimpleBooleanProperty();
    private ProviderSummary provider;
    private boolean choosing;

    /** @param forms finds the page that opens a filled-in New action form (the Actions page) */
    public SchedulesViewModel(ScheduleData data, TaskRunner runner, Clock clock, When when,
            Supplier<Optional<NewActionForms>> forms) {
        this.data = data;
        this.clock = clock;
        this.forms = forms;
        this.yearReads = new LatestRequest(runner);
        this.periodReads = new LatestRequest(runner);
        this.decision = new DecisionModel(data, runner, clock, when, scheduleId -> refresh());
        this.actuals = new ActualsModel(data, runner, clock, scheduleId -> refresh());
        year.addListener((property, before, now) -> {
            if (!choosing && now != null && !now.equals(before)) {
                readYear(now, null);
            }
        });
        chosen.addListener((property, before, now) -> {
            if (!choosing && now != null && (before == null || before.period().id() != now.period().id())) {
                readPeriod(now);
            }
        });
    }

    /** Once at the start and when the user views another provider: this year, its current period. */
    public void providerChanged(ProviderSummary viewing) {
        provider = viewing;
        homeCare.set(viewing.kind() == ProviderKind.HOME_CARE);
        lines.filter().set("");
        choosing = true;
        chosen.set(null);
        choosing = false;
        readYear(null, null);
    }

    /** After a sync or a decision: the same year and period, read again. */
    public void refresh() {
        if (provider != null) {
            readYear(year.get(), chosen.get() == null ? null : chosen.get().period().id());
        }
    }

    /**
     * From another page (home's "what needs you now"): shows a period, whatever its year, on its Payments or
     * Non-payable tab.
     */
    public void openPeriod(long periodId, boolean onNonPayable) {
        if (provider == null) {
            return;
        }
        nonPayableTab.set(onNonPayable);
        long providerId = provider.id();
        yearReads.run(() -> {
            List<Integer> known = data.years(providerId);
            for (int candidate : known) {
                List<PeriodView> inYear = data.periods(providerId, candidate);
                if (inYear.stream().anyMatch(period -> period.id() == periodId)) {
                    return new YearRead(known, candidate, inYear, data.schedules(providerId, candidate));
                }
            }
            int thisYear = FinancialYear.of(LocalDate.now(clock)).startYear();
            return new YearRead(known, thisYear, data.periods(providerId, thisYear),
                    data.schedules(providerId, thisYear));
        }, read -> showYear(read, periodId), this::failed);
    }

    /** Whether the Non-payable tab should be the one shown (set by {@link #openPeriod}). */
    public BooleanProperty nonPayableTab() {
        return nonPayableTab;
    }

    /** Reads a year (null: this one, or the newest with periods) and chooses a period (null: the current one). */
    private void readYear(Integer wanted, Long periodId) {
        long providerId = provider.id();
        yearReads.run(() -> {
            List<Integer> known = data.years(providerId);
            int thisYear = FinancialYear.of(LocalDate.now(clock)).startYear();
            int shown = wanted != null ? wanted : known.contains(thisYear) || known.isEmpty() ? thisYear : known.get(0);
            return new YearRead(known, shown, data.periods(providerId, shown), data.schedules(providerId, shown));
        }, read -> showYear(read, periodId), this::failed);
    }

    private record YearRead(List<Integer> years, int year, List<PeriodView> periods,
            List<Listed<ScheduleSummary>> schedules) {
    }

    private void showYear(YearRead read, Long periodId) {
        Map<Long, Listed<ScheduleSummary>> byPeriod = read.schedules().stream()
                .collect(Collectors.toMap(s -> s.row().period().id(), Function.identity(), (a, b) -> b));
        List<PeriodRow> rows = read.periods().stream().map(p -> new PeriodRow(p, byPeriod.get(p.id()))).toList();
        choosing = true;
        years.setAll(read.years());
        year.set(read.year());
        periods.setAll(rows);
        calendar.setAll(read.periods());
        PeriodRow pick = rows.stream().filter(row -> periodId != null && row.period().id() == periodId).findFirst()
                .orElseGet(() -> current(rows));
        chosen.set(pick);
        choosing = false;
        error.set("");
        if (pick != null) {
            readPeriod(pick);
        } else {
            heading.set("No periods in " + new FinancialYear(read.year()).label());
            lines.setLines(List.of());
        }
    }

    /** The current period: the latest that has a schedule; else the one today falls in; else the first. */
    static PeriodRow current(List<PeriodRow> rows) {
        Optional<PeriodRow> latest = rows.stream().filter(row -> row.schedule() != null)
                .max(Comparator.comparingInt(row -> row.period().number()));
        return latest.orElse(rows.isEmpty() ? null : rows.get(0));
    }

    private void readPeriod(PeriodRow row) {
        long providerId = provider.id();
        PeriodView period = row.period();
        heading.set(Words.periodTitle(period) + ": " + Words.dates(period));
        periodReads.run(() -> {
            Listed<ScheduleSummary> schedule = row.schedule();
            String etag = schedule == null ? null : data.etag(providerId, schedule.row().id()).orElse(null);
            ScheduleData.Refusal refusal = schedule != null && schedule.isPending() && schedule.pending().refused()
                    ? data.refusal(schedule.pending().outboxId()).orElse(null) : null;
            PeriodState state = new PeriodState(period, schedule, etag, data.paid(providerId, period.id()), refusal);
            return new Read(state, data.lines(providerId, period.id()));
        }, read -> {
            lines.setLines(read.lines());
            decision.show(read.state());
            actuals.show(read.state(), read.lines());
            error.set("");
        }, this::failed);
    }

    /** The Non-payable tab's "Request a variation": the New action form for that client and period. */
    public void requestVariation(LineRow row) {
        if (row == null || chosen.get() == null) {
            variationMessage.set("Choose a line first, then Request a variation.");
            return;
        }
        Optional<NewActionForms> page = forms.get();
        if (page.isEmpty()) {
            variationMessage.set("Actions and change requests are not available in this version.");
            return;
        }
        variationMessage.set("");
        page.get().openNewAction(NewActionDraft.variation(row.line().clientId(),
                Words.periodTitle(chosen.get().period())));
    }

    private void failed(Throwable failure) {
        error.set(UserMessages.describe(failure));
    }

    public ObservableList<Integer> years() { return years; }
    /** The financial year chosen in the drop-down (2026 is 2026/27). */
    public ObjectProperty<Integer> year() { return year; }
    public ObservableList<PeriodRow> periods() { return periods; }
    /** The year's payment period schedule: start, end, confirmation deadline, payment date. */
    public ObservableList<PeriodView> calendar() { return calendar; }
    /** The period chosen on the left; choosing one reads its lines. */
    public ObjectProperty<PeriodRow> chosen() { return chosen; }
    /** "Period 9 2026/27: 9 Nov 2026 to 6 Dec 2026". */
    public ReadOnlyStringProperty heading() { return heading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty error() { return error.getReadOnlyProperty(); }
    public ReadOnlyStringProperty variationMessage() { return variationMessage.getReadOnlyProperty(); }
    /** Home-care providers enter actual hours. */
    public ReadOnlyBooleanProperty homeCare() { return homeCare.getReadOnlyProperty(); }
    public LinesModel lines() { return lines; }
    public DecisionModel decision() { return decision; }
    public ActualsModel actuals() { return actuals; }

    /** "2026/27" for the drop-down. */
    public static String yearLabel(Integer startYear) {
        return startYear == null ? "" : new FinancialYear(startYear).label();
    }
}
