package org.providerdesk.ui.carepackages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.providerdesk.api.LineItemView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.data.LineItems;
import org.providerdesk.domain.CarePackages;
import org.providerdesk.ui.common.LatestRequest;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/**
 * The provider's care package line items from the cache: filtered at each keystroke by client name, reference or
 * service; historical ones (ended more than 28 days ago) only with "Include historical", and otherwise how many
 * are hidden. The filter stays as it was when the user comes back.
 */
public final class LineItemsViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** One line item in words; {@code search} is what the filter looks in, in lower case. */
    public record Row(LineItemView item, String client, String service, String start, String end, String units,
            String rate, String perPeriod, String search) {

        static Row of(LineItemView i) {
            String client = i.clientName() + " (" + i.clientReference() + ")";
            return new Row(i, client, i.service(), date(i.startDate()), i.endDate() == null ? "Ongoing"
                    : date(i.endDate()), units(i.units(), i.unit()) + ", " + i.frequency(), money(i.unitRate()),
                    money(i.contractedPerPeriod()),
                    (i.clientName() + " " + i.clientReference() + " " + i.service()).toLowerCase(Locale.UK));
        }

        /** "1 week", "4 weeks", "1.5 hours": one of a unit is written in the singular. */
        static String units(java.math.BigDecimal units, String unit) {
            boolean one = units != null && units.compareTo(java.math.BigDecimal.ONE) == 0;
            String word = one && unit != null && unit.length() > 1 && unit.endsWith("s")
                    ? unit.substring(0, unit.length() - 1) : unit;
            return plain(units) + " " + word;
        }
    }

    private final LocalCache cache;
    private final Clock clock;
    private final LatestRequest reads;
    private final ObservableList<Row> all = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(all);
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    private final StringProperty filter = new SimpleStringProperty("");
    private final BooleanProperty includeHistorical = new SimpleBooleanProperty();
    private final StringProperty hiddenNote = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty shownNote = new SimpleStringProperty("");
    private long providerId = -1;

    public LineItemsViewModel(LocalCache cache, TaskRunner background, Clock clock) {
        this.cache = cache;
        this.clock = clock;
        this.reads = new LatestRequest(background);
        filter.addListener((obs, was, now) -> applyFilter());
        includeHistorical.addListener((obs, was, now) -> refresh());
    }

    public void load(long provider) {
        providerId = provider;
        refresh();
    }

    public void refresh() {
        if (providerId < 0) {
            return;
        }
        long provider = providerId;
        boolean historical = includeHistorical.get();
        reads.run(() -> {
            LineItems.Listing listing = new LineItems(cache).list(provider, historical, LocalDate.now(clock));
            return new Object[] {listing.items().stream().map(Row::of).toList(), listing.hiddenHistorical()};
        }, read -> {
            @SuppressWarnings("unchecked")
            List<Row> rows = (List<Row>) read[0];
            long hidden = (Long) read[1];
            error.set("");
            all.setAll(rows);
            hiddenNote.set(hidden == 0 ? "" : hidden + (hidden == 1 ? " line item that ended" : " line items that ended")
                    + " more than " + CarePackages.HISTORICAL_AFTER_DAYS + " days ago "
                    + (hidden == 1 ? "is" : "are") + " hidden. Tick \"Include historical\" to see "
                    + (hidden == 1 ? "it." : "them."));
            applyFilter();
        }, failure -> error.set(UserMessages.describe(failure)));
    }

    private void applyFilter() {
        String words = filter.get() == null ? "" : filter.get().strip().toLowerCase(Locale.UK);
        filtered.setPredicate(words.isEmpty() ? null : row -> row.search().contains(words));
        shownNote.set(words.isEmpty() ? all.size() + " line items"
                : filtered.size() + " of " + all.size() + " line items match \"" + filter.get().strip() + "\"");
    }

    private static String date(LocalDate date) {
        return DATE.format(date);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String money(BigDecimal value) {
        return value == null ? "" : "£" + String.format(Locale.UK, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
    }

    /** The rows shown, filtered; bind a table's comparator to {@link SortedList#comparatorProperty()}. */
    public SortedList<Row> rows() { return sorted; }
    public StringProperty filter() { return filter; }
    public BooleanProperty includeHistorical() { return includeHistorical; }
    /** "3 line items that ended more than 28 days ago are hidden. ..."; empty when none are. */
    public StringProperty hiddenNote() { return hiddenNote; }
    public StringProperty shownNote() { return shownNote; }
    public StringProperty error() { return error; }
    public long providerId() { return providerId; }
}
