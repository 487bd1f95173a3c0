package org.providerdesk.ui.remittances;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.api.RemittanceLineView;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.reports.ProviderReport;
import org.providerdesk.reports.ReportHeader;
import org.providerdesk.ui.common.LatestRequest;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.export.ExportViewModel;
import org.providerdesk.ui.export.ReportRecords;

/**
 * The remittance advice of one provider from the cache: the view (by finalisation or by period), the run or
 * period chosen (the most recent first; all historical ones offered), its lines with a text and a status filter,
 * and the totals of the lines shown. Used on the JavaFX thread; the cache is read on the runner.
 */
public final class RemittanceViewModel {

    /** The guide's two views. */
    public enum View {
        BY_FINALISATION("By finalisation (date paid)"),
        BY_PERIOD("By period (date of service)");

        private final String label;

        View(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Where the remittance advice comes from (the cache's {@code Remittances}). */
    public interface Source {
        /** Newest first. */
        List<PaymentRunView> runs(long providerId);

        /** The periods with remittance lines, newest first. */
        List<PeriodView> periods(long providerId);

        List<RemittanceLineView> linesOfRun(long providerId, long runId);

        List<RemittanceLineView> linesOfPeriod(long providerId, long periodId);
    }

    private record Choices(long providerId, List<PaymentRunView> runs, List<PeriodView> periods) {
    }

    /** What is chosen, as the worker reads it for an export. */
    private record Chosen(ProviderSummary provider, View view, PaymentRunView run, PeriodView period,
            Map<Long, PeriodView> periods, Map<Long, PaymentRunView> runs) {
    }

    private final Source source;
    private final TaskRunner runner;
    private final LatestRequest linesRequest;
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(View.BY_FINALISATION);
    private final ObservableList<PaymentRunView> runs = FXCollections.observableArrayList();
    private final ObservableList<PeriodView> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PaymentRunView> run = new SimpleObjectProperty<>();
    private final ObjectProperty<PeriodView> period = new SimpleObjectProperty<>();
    private final ObservableList<RemittanceRow> lines = FXCollections.observableArrayList();
    private final FilteredList<RemittanceRow> shown = new FilteredList<>(lines);
    private final StringProperty filterText = new SimpleStringProperty("");
    /** Null for every status. */
    private final ObjectProperty<RemittanceStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty paidTotal = new SimpleStringProperty("");
    private final StringProperty retractedTotal = new SimpleStringProperty("");
    private final StringProperty suspendedTotal = new SimpleStringProperty("");
    private final StringProperty netTotal = new SimpleStringProperty("");
    private final StringProperty shownCount = new SimpleStringProperty("");
    private final StringProperty empty = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private Map<Long, PeriodView> periodsById = Map.of();
    private Map<Long, PaymentRunView> runsById = Map.of();
    private ProviderSummary provider;
    private volatile Chosen chosen;
    private boolean choosing;
    private BigDecimal net = BigDecimal.ZERO;

    public RemittanceViewModel(Source source, TaskRunner runner) {
        this.source = source;
        this.runner = runner;
        this.linesRequest = new LatestRequest(runner);
        view.addListener((obs, old, now) -> loadLines());
        run.addListener((obs, old, now) -> {
            if (!choosing && view.get() == View.BY_FINALISATION) {
                loadLines();
            }
        });
        period.addListener((obs, old, now) -> {
            if (!choosing && view.get() == View.BY_PERIOD) {
                loadLines();
            }
        });
        filterText.addListener((obs, old, now) -> refilter());
        statusFilter.addListener((obs, old, now) -> refilter());
        shown.addListener((ListChangeListener<RemittanceRow>) change -> totals());
        totals();
    }

    /** Reads the provider's runs and periods, keeping the run and period chosen when they are still there. */
    public void load(ProviderSummary viewing) {
        boolean sameProvider = provider != null && provider.id() == viewing.id();
        provider = viewing;
        loading.set(true);
        error.set("");
        long id = viewing.id();
        runner.run(() -> new Choices(id, source.runs(id), source.periods(id)), choices -> {
            if (provider == null || choices.providerId() != provider.id()) {
                return;
            }
            loading.set(false);
            PaymentRunView keptRun = sameProvider ? find(choices.runs(), run.get()) : null;
            PeriodView keptPeriod = sameProvider ? find(choices.periods(), period.get()) : null;
            periodsById = ReportRecords.byId(choices.periods());
            runsById = choices.runs().stream().collect(java.util.stream.Collectors.toMap(PaymentRunView::id,
                    r -> r, (a, b) -> a));
            choosing = true; // the lists and choices change together; the lines load once, below
            runs.setAll(choices.runs());
            periods.setAll(choices.periods());
            run.set(keptRun != null ? keptRun : choices.runs().isEmpty() ? null : choices.runs().get(0));
            period.set(keptPeriod != null ? keptPeriod : choices.periods().isEmpty() ? null
                    : choices.periods().get(0));
            choosing = false;
            loadLines();
        }, this::failed);
    }

    private static PaymentRunView find(List<PaymentRunView> list, PaymentRunView wanted) {
        return wanted == null ? null : list.stream().filter(r -> r.id() == wanted.id()).findFirst().orElse(null);
    }

    private static PeriodView find(List<PeriodView> list, PeriodView wanted) {
        return wanted == null ? null : list.stream().filter(p -> p.id() == wanted.id()).findFirst().orElse(null);
    }

    private void loadLines() {
        if (provider == null) {
            return;
        }
        long id = provider.id();
        View v = view.get();
        PaymentRunView r = run.get();
        PeriodView p = period.get();
        chosen = new Chosen(provider, v, r, p, periodsById, runsById);
        if ((v == View.BY_FINALISATION && r == null) || (v == View.BY_PERIOD && p == null)) {
            lines.clear();
            empty.set("There is no remittance advice for this provider yet.");
            return;
        }
        loading.set(true);
        linesRequest.run(() -> v == View.BY_FINALISATION ? source.linesOfRun(id, r.id())
                : source.linesOfPeriod(id, p.id()), found -> {
                    loading.set(false);
                    Map<Long, PeriodView> byId = periodsById;
                    lines.setAll(found.stream().map(line -> new RemittanceRow(line,
                            byId.containsKey(line.periodId()) ? ReportRecords.periodLabel(byId.get(line.periodId()))
                                    : "")).toList());
                    empty.set(found.isEmpty() ? "There are no lines in this remittance advice." : "");
                }, this::failed);
    }

    private void refilter() {
        String text = filterText.get() == null ? "" : filterText.get().strip().toLowerCase(Locale.ROOT);
        RemittanceStatus status = statusFilter.get();
        shown.setPredicate(row -> (status == null || row.line().status() == status) && row.matches(text));
    }

    private void totals() {
        BigDecimal paid = BigDecimal.ZERO;
        BigDecimal retracted = BigDecimal.ZERO;
        BigDecimal suspended = BigDecimal.ZERO;
        for (RemittanceRow row : shown) {
            switch (row.line().status()) {
                case PAID -> paid = paid.add(row.line().amount());
                case RETRACTED -> retracted = retracted.add(row.line().amount());
                case SUSPENDED -> suspended = suspended.add(row.line().amount());
            }
        }
        net = paid.add(retracted);
        paidTotal.set(Money.pounds(paid));
        retractedTotal.set(Money.pounds(retracted));
        suspendedTotal.set(Money.pounds(suspended));
        netTotal.set(Money.pounds(net));
        shownCount.set(shown.size() == lines.size() ? lines.size() + (lines.size() == 1 ? " line" : " lines")
                : shown.size() + " of " + lines.size() + " lines shown");
    }

    private void failed(Throwable failure) {
        loading.set(false);
        error.set(UserMessages.describe(failure));
    }

    /**
     * The report of what is chosen now (the whole run or period, whatever the filter), read again from the cache
     * on the worker thread, for View and Download Data.
     *
     * @param header the report's header for a provider; called on the worker thread
     */
    public ExportViewModel.ReportSource reportSource(Function<ProviderSummary, ReportHeader> header) {
        return () -> {
            Chosen now = chosen;
            if (now == null) {
                return null;
            }
            long id = now.provider().id();
            if (now.view() == View.BY_FINALISATION) {
                return now.run() == null ? null : (ProviderReport) ReportRecords.remittanceOfRun(
                        header.apply(now.provider()), now.run(), source.linesOfRun(id, now.run().id()),
                        now.periods(), now.runs());
            }
            return now.period() == null ? null : ReportRecords.remittanceOfPeriod(header.apply(now.provider()),
                    now.period(), source.linesOfPeriod(id, now.period().id()), now.periods(), now.runs());
        };
    }

    /** "PR-2026-08: paid 3 December 2026", for the run drop-down. */
    public static String describe(PaymentRunView r) {
        return r == null ? "" : r.reference() + ": paid " + Money.day(r.paymentDate()) + " (finalised "
                + Money.day(r.finalisedOn()) + ")";
    }

    /** "Period 8 2026/27: 26 October to 22 November 2026", for the period drop-down. */
    public static String describe(PeriodView p) {
        return p == null ? "" : ReportRecords.periodLabel(p) + ": " + Money.span(p.startDate(), p.endDate());
    }

    public static String pounds(BigDecimal amount) {
        return Money.pounds(amount);
    }

    /** Paid less retracted over the lines shown: what reached the bank. */
    public BigDecimal netValue() { return net; }
    public ObjectProperty<View> view() { return view; }
    public ObservableList<PaymentRunView> runs() { return runs; }
    public ObservableList<PeriodView> periods() { return periods; }
    public ObjectProperty<PaymentRunView> run() { return run; }
    public ObjectProperty<PeriodView> period() { return period; }
    /** All lines of the run or period. */
    public ObservableList<RemittanceRow> lines() { return lines; }
    /** The lines that pass the filter; a view sorts them with a {@code SortedList}. */
    public FilteredList<RemittanceRow> shown() { return shown; }
    public StringProperty filterText() { return filterText; }
    public ObjectProperty<RemittanceStatus> statusFilter() { return statusFilter; }
    public StringProperty paidTotal() { return paidTotal; }
    public StringProperty retractedTotal() { return retractedTotal; }
    public StringProperty suspendedTotal() { return suspendedTotal; }
    public StringProperty netTotal() { return netTotal; }
    public StringProperty shownCount() { return shownCount; }
    public StringProperty empty() { return empty; }
    public StringProperty error() { return error; }
    public BooleanProperty loading() { return loading; }
}
