package org.providerdesk.ui.schedules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.domain.LineStatus;

/**
 * The chosen period's lines, held in memory once loaded: the payable ones (Payments tab) and the suspended ones
 * (Non-payable tab), each filtered by the text filter (client name or reference, any case) and sortable by the
 * table, with the totals of what is shown. A keystroke filters the list in memory; the cache is not asked again.
 */
public final class LinesModel {

    private final ObservableList<LineRow> payable = FXCollections.observableArrayList();
    private final ObservableList<LineRow> suspended = FXCollections.observableArrayList();
    private final FilteredList<LineRow> payableShown = new FilteredList<>(payable);
    private final FilteredList<LineRow> suspendedShown = new FilteredList<>(suspended);
    private final SortedList<LineRow> payableSorted = new SortedList<>(payableShown);
    private final SortedList<LineRow> suspendedSorted = new SortedList<>(suspendedShown);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper payableTotal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper suspendedTotal = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper suspendedCount = new ReadOnlyIntegerWrapper();

    public LinesModel() {
        filter.addListener((property, before, now) -> applyFilter());
        applyFilter();
    }

    /** Replaces the lines (a newly chosen period, or news from a sync). Runs on the JavaFX thread. */
    public void setLines(List<ScheduleLineView> lines) {
        List<LineRow> toPay = new ArrayList<>(lines.size());
        List<LineRow> held = new ArrayList<>();
        for (ScheduleLineView line : lines) {
            (line.status() == LineStatus.SUSPENDED ? held : toPay).add(LineRow.of(line));
        }
        payable.setAll(toPay);
        suspended.setAll(held);
        suspendedCount.set(held.size());
        totals();
    }

    private void applyFilter() {
        String text = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.ROOT);
        Predicate<LineRow> shown = text.isEmpty() ? null : row -> row.search().contains(text);
        payableShown.setPredicate(shown);
        suspendedShown.setPredicate(shown);
        totals();
    }

    private void totals() {
        payableTotal.set(total(payableShown, payable.size()));
        suspendedTotal.set(total(suspendedShown, suspended.size()));
    }

    private static String total(List<LineRow> shown, int all) {
        BigDecimal sum = BigDecimal.ZERO;
        for (LineRow row : shown) {
            sum = sum.add(row.line().amount());
        }
        String lines = shown.size() == 1 ? "1 line" : shown.size() + " lines";
        String of = shown.size() == all ? "" : " (of " + all + ")";
        return "Total " + Words.money(sum) + " on " + lines + of;
    }

    /** The text filter, bound to the field. */
    public StringProperty filter() { return filter; }
    /** The payable lines shown; bind its comparator to the table's. */
    public SortedList<LineRow> payable() { return payableSorted; }
    public SortedList<LineRow> suspended() { return suspendedSorted; }
    /** "Total £12,345.00 on 40 lines (of 52)". */
    public ReadOnlyStringProperty payableTotal() { return payableTotal.getReadOnlyProperty(); }
    public ReadOnlyStringProperty suspendedTotal() { return suspendedTotal.getReadOnlyProperty(); }
    /** How many lines are suspended in the period (filter or not): the number on the Non-payable tab. */
    public ReadOnlyIntegerProperty suspendedCount() { return suspendedCount.getReadOnlyProperty(); }
}
