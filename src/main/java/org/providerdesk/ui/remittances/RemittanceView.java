package org.providerdesk.ui.remittances;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.providerdesk.api.PaymentRunView;
import org.providerdesk.api.PeriodView;
import org.providerdesk.domain.RemittanceStatus;
import org.providerdesk.ui.common.Forms;
import org.providerdesk.ui.common.WrappingCells;
import org.providerdesk.ui.export.ExportButtons;
import org.providerdesk.ui.export.ExportViewModel;

/** The remittance advice page: the two views, the run or period drop-down, filter, the table, totals. */
public final class RemittanceView {

    private static final String CAPTION = "The most recent is shown first; all historical remittance advice stays "
            + "available in the drop-down.";

    private final RemittanceViewModel model;
    private final ExportViewModel export;

    public RemittanceView(RemittanceViewModel model, ExportViewModel export) {
        this.model = model;
        this.export = export;
    }

    public Parent build() {
        Label heading = new Label("Remittance advice");
        heading.getStyleClass().add("section-title");
        Label caption = Forms.wrapping(new Label(CAPTION));
        caption.getStyleClass().add("section-caption");

        ToggleGroup views = new ToggleGroup();
        RadioButton byRun = viewChoice(RemittanceViewModel.View.BY_FINALISATION, "remittanceByFinalisation", views);
        RadioButton byPeriod = viewChoice(RemittanceViewModel.View.BY_PERIOD, "remittanceByPeriod", views);
        views.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.view().set((RemittanceViewModel.View) now.getUserData());
            } else {
                views.selectToggle(old); // one view is always chosen
            }
        });
        FlowPane viewRow = new FlowPane(18, 6, byRun, byPeriod);

        ComboBox<PaymentRunView> runs = chooser(model.runs(), RemittanceViewModel::describe);
        runs.setId("remittanceRun");
        // as wide as its longest entry, never cut with "...": the row below wraps instead
        runs.setMinWidth(Region.USE_PREF_SIZE);
        runs.valueProperty().bindBidirectional(model.run());
        ComboBox<PeriodView> periods = chooser(model.periods(), RemittanceViewModel::describe);
        periods.setId("remittancePeriod");
        periods.setMinWidth(Region.USE_PREF_SIZE);
        periods.valueProperty().bindBidirectional(model.period());
        Label runLabel = Forms.fieldLabel("Payment run");
        runLabel.setMinWidth(Region.USE_PREF_SIZE);
        runLabel.setLabelFor(runs);
        Label periodLabel = Forms.fieldLabel("Period");
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        periodLabel.setLabelFor(periods);
        HBox runRow = new HBox(8, runLabel, runs);
        HBox periodRow = new HBox(8, periodLabel, periods);
        for (HBox row : new HBox[] {runRow, periodRow}) {
            row.setAlignment(Pos.CENTER_LEFT);
        }
        showWhen(runRow, RemittanceViewModel.View.BY_FINALISATION);
        showWhen(periodRow, RemittanceViewModel.View.BY_PERIOD);
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(22, 22);
        loading.visibleProperty().bind(model.loading());
        // a narrow window puts the buttons under the drop-down rather than shortening its words
        FlowPane chooseRow = new FlowPane(12, 8, runRow, periodRow, loading, ExportButtons.of(export, "remittance"));
        chooseRow.setAlignment(Pos.CENTER_LEFT);

        TextField filter = new TextField();
        filter.setId("remittanceFilter");
        filter.setPromptText("Client, reference, service, run or period");
        filter.setPrefColumnCount(26);
        filter.textProperty().bindBidirectional(model.filterText());
        Label filterLabel = Forms.fieldLabel("Filter");
        filterLabel.setLabelFor(filter);
        ComboBox<RemittanceStatus> status = new ComboBox<>();
        status.setId("remittanceStatus");
        status.getItems().add(null);
        status.getItems().addAll(RemittanceStatus.values());
        StringConverter<RemittanceStatus> statusWords = new StringConverter<>() {
            @Override
            public String toString(RemittanceStatus s) {
                return s == null ? "All statuses" : RemittanceRow.statusText(s);
            }

            @Override
            public RemittanceStatus fromString(String text) {
                return null;
            }
        };
        status.setConverter(statusWords);
        status.setButtonCell(statusCell(statusWords));
        status.setCellFactory(list -> statusCell(statusWords));
        status.valueProperty().bindBidirectional(model.statusFilter());
        Label statusLabel = Forms.fieldLabel("Status");
        statusLabel.setLabelFor(status);
        Label count = new Label();
        count.setId("remittanceCount");
        count.textProperty().bind(model.shownCount());
        FlowPane filterRow = new FlowPane(10, 8, filterLabel, filter, statusLabel, status, count);
        filterRow.setAlignment(Pos.CENTER_LEFT);

        Label error = Forms.collapsingLabel(model.error(), "form-message");
        error.setId("remittanceError");

        TableView<RemittanceRow> table = table();
        Label empty = new Label();
        empty.textProperty().bind(model.empty());
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label totalsCaption = new Label("Totals of the lines shown:");
        totalsCaption.getStyleClass().add("section-caption");
        FlowPane totals = new FlowPane(24, 6, totalsCaption,
                total("Paid", model.paidTotal(), "remittancePaid"),
                total("Retracted", model.retractedTotal(), "remittanceRetracted"),
                total("Net payment", model.netTotal(), "remittanceNet"),
                total("Suspended (held, not paid)", model.suspendedTotal(), "remittanceSuspended"));
        totals.getStyleClass().add("remittance-totals");
        totals.setAlignment(Pos.CENTER_LEFT);

        HBox top = new HBox(24, heading, viewRow);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox page = new VBox(10, top, caption, chooseRow, error, filterRow, table, totals);
        page.getStyleClass().add("page");
        page.setStyle("-fx-spacing: 10;");
        return page;
    }

    private RadioButton viewChoice(RemittanceViewModel.View view, String id, ToggleGroup group) {
        RadioButton choice = new RadioButton(view.toString());
        choice.setId(id);
        choice.setUserData(view);
        choice.setToggleGroup(group);
        choice.setSelected(model.view().get() == view);
        return choice;
    }

    private void showWhen(Region node, RemittanceViewModel.View view) {
        node.visibleProperty().bind(model.view().isEqualTo(view));
        node.managedProperty().bind(node.visibleProperty());
    }

    private static <T> ComboBox<T> chooser(javafx.collections.ObservableList<T> items, Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setVisibleRowCount(14);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : words.apply(item);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return box;
    }

    private static ListCell<RemittanceStatus> statusCell(StringConverter<RemittanceStatus> words) {
        return new ListCell<>() {
            @Override
            protected void updateItem(RemittanceStatus item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(emptyCell ? null : words.toString(item));
            }
        };
    }

    private TableView<RemittanceRow> table() {
        TableView<RemittanceRow> table = new TableView<>();
        table.setId("remittanceLines");
        // columns keep their widths (status and amount in view at the smallest window); the reason scrolls
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        TableColumn<RemittanceRow, String> client = text("Client", r -> r.line().clientName(), 145, 140);
        TableColumn<RemittanceRow, String> reference = text("Reference", r -> r.line().clientReference(), 105, 105);
        TableColumn<RemittanceRow, String> service = text("Service", r -> r.line().service(), 135, 125);
        TableColumn<RemittanceRow, String> period = text("Period", RemittanceRow::periodLabel, 135, 135);
        TableColumn<RemittanceRow, String> run = text("Payment run", r -> r.line().runReference(), 135, 135);
        // one run's lines share the run, one period's lines the period: that column says nothing there
        run.visibleProperty().bind(model.view().isEqualTo(RemittanceViewModel.View.BY_PERIOD));
        period.visibleProperty().bind(model.view().isEqualTo(RemittanceViewModel.View.BY_FINALISATION));
        TableColumn<RemittanceRow, BigDecimal> amount = new TableColumn<>("Amount");
        amount.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().line().amount()));
        amount.setComparator(Comparator.naturalOrder());
        amount.setPrefWidth(105);
        amount.setMinWidth(105);
        amount.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(emptyCell || item == null ? null : RemittanceViewModel.pounds(item));
                setAlignment(Pos.CENTER_RIGHT);
            }
        });
        TableColumn<RemittanceRow, String> status = text("Status", RemittanceRow::statusText, 115, 115);
        status.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                setText(emptyCell ? null : item);
                getStyleClass().removeAll("status-paid", "status-retracted", "status-suspended");
                if (!emptyCell && item != null) {
                    getStyleClass().add("status-" + item.toLowerCase(java.util.Locale.ROOT));
                }
            }
        });
        TableColumn<RemittanceRow, String> reason = text("Reason", r -> r.line().reason(), 330, 120);
        // long names, services and reasons wrap onto more lines instead of ending in "..."
        for (TableColumn<RemittanceRow, String> words : java.util.List.of(client, service, reason)) {
            WrappingCells.textCells(words);
        }
        table.getColumns().addAll(java.util.List.of(client, reference, service, period, run, amount, status,
                reason));
        SortedList<RemittanceRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        return table;
    }

    private static TableColumn<RemittanceRow, String> text(String title, Function<RemittanceRow, String> value,
            double width, double minWidth) {
        TableColumn<RemittanceRow, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        return column;
    }

    private static HBox total(String label, ObservableStringValue value, String id) {
        Label name = new Label(label);
        name.getStyleClass().add("section-caption");
        Label amount = new Label();
        amount.setId(id);
        amount.getStyleClass().add("remittance-total");
        amount.textProperty().bind(value);
        HBox pair = new HBox(6, name, amount);
        pair.setAlignment(Pos.BASELINE_LEFT);
        return pair;
    }
}
