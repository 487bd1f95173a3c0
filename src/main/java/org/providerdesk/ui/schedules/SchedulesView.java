package org.providerdesk.ui.schedules;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.providerdesk.ui.common.Forms;

/** Builds the Scheduled payments page and binds it to its view model. */
public final class SchedulesView {

    private final SchedulesViewModel model;
    private final Node exportButtons;

    public SchedulesView(SchedulesViewModel model) {
        this(model, null);
    }

    /** @param exportButtons "View" and "Download Data" of the chosen period's schedule; null for none */
    public SchedulesView(SchedulesViewModel model, Node exportButtons) {
        this.exportButtons = exportButtons;
        this.model = model;
    }

    public Node build() {
        Label title = new Label("Scheduled payments");
        title.getStyleClass().add("section-title");
        ComboBox<Integer> years = new ComboBox<>(model.years());
        years.setId("financialYear");
        years.valueProperty().bindBidirectional(model.year());
        years.setConverter(new StringConverter<>() {
            @Override public String toString(Integer year) { return SchedulesViewModel.yearLabel(year); }
            @Override public Integer fromString(String text) { return null; }
        });
        Label yearLabel = Forms.fieldLabel("Financial year");
        yearLabel.setLabelFor(years);
        TextField filter = new TextField();
        filter.setId("lineFilter");
        filter.setPromptText("Filter by client name or reference");
        filter.setPrefColumnCount(24);
        filter.textProperty().bindBidirectional(model.lines().filter());
        years.setMinWidth(Region.USE_PREF_SIZE);
        yearLabel.setMinWidth(Region.USE_PREF_SIZE);
        title.setMinWidth(Region.USE_PREF_SIZE);
        filter.setMinWidth(Region.USE_PREF_SIZE);
        HBox year = new HBox(8, yearLabel, years);
        year.setAlignment(Pos.CENTER_LEFT);
        // The tools wrap under the title on a narrow window instead of pushing the page past its right edge.
        FlowPane top = new FlowPane(12, 8, title, year, filter);
        if (exportButtons != null) {
            top.getChildren().add(exportButtons);
        }
        top.setAlignment(Pos.CENTER_LEFT);

        Label error = Forms.collapsingLabel(model.error(), "field-error");
        error.setId("schedulesError");
        SplitPane split = new SplitPane(periodList(), details());
        split.setDividerPositions(0.2); // a fifth of the width on any window, so the lines keep room on a small one
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox page = new VBox(8, top, error, split);
        page.setId("schedulesPage");
        page.setPadding(new Insets(12));
        page.getStyleClass().add("page");
        return page;
    }

    private Node periodList() {
        ListView<PeriodRow> list = new ListView<>(model.periods());
        list.setId("periodList");
        list.setMinWidth(165);
        list.setPrefWidth(190);
        list.setCellFactory(view -> new PeriodCell());
        model.chosen().addListener((property, before, now) -> {
            if (now != list.getSelectionModel().getSelectedItem()) {
                list.getSelectionModel().select(now);
                if (now != null) {
                    list.scrollTo(now);
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((property, before, now) -> {
            if (now != null) {
                model.chosen().set(now);
            }
        });
        return list;
    }

    /** A period's date link, deadline and status; its labels are made once per cell and only their text changes. */
    private static final class PeriodCell extends ListCell<PeriodRow> {
        private final Label dates = new Label();
        private final Label deadline = new Label();
        private final Label status = new Label();
        private final VBox box = new VBox(1, dates, deadline, status);

        PeriodCell() {
            dates.getStyleClass().addAll(Styles.TEXT_BOLD, "period-link");
            dates.setUnderline(true);
            deadline.getStyleClass().add(Styles.TEXT_SMALL);
            status.getStyleClass().add(Styles.TEXT_SMALL);
            for (Label label : new Label[] {dates, deadline, status}) {
                label.setWrapText(true);
                label.setMinHeight(Region.USE_PREF_SIZE);
            }
            setPrefWidth(0); // the cell follows the list's width: no sideways scrolling
        }

        /** As tall as the labels wrapped at the cell's width (a graphic is otherwise measured on one line). */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null) {
                return super.computePrefHeight(width);
            }
            double inside = (width > 0 ? width : getWidth()) - snappedLeftInset() - snappedRightInset();
            return snappedTopInset() + box.prefHeight(Math.max(inside, 1)) + snappedBottomInset();
        }

        /** The labels get the cell's width and wrap there: never cut with "...". */
        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            if (getGraphic() != null) {
                double inside = getWidth() - snappedLeftInset() - snappedRightInset();
                box.resizeRelocate(snappedLeftInset(), snappedTopInset(), inside, box.prefHeight(inside));
            }
        }

        @Override
        protected void updateItem(PeriodRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            dates.setText(row.dates());
            deadline.setText(row.deadline());
            status.setText("Status: " + row.status());
            setGraphic(box);
            setId("period-" + row.period().number());
        }
    }

    private Node details() {
        Label heading = new Label();
        heading.setId("periodHeading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.textProperty().bind(model.heading());

        TabPane tabs = new TabPane();
        tabs.setId("scheduleTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab payments = new Tab("Payments", linesTab("payableLines", false));
        payments.setId("paymentsTab");
        Tab nonPayable = new Tab("Non-payable", linesTab("suspendedLines", true));
        nonPayable.setId("nonPayableTab");
        rowsWhileSelected(nonPayable, "#suspendedLines", model.lines().suspended());
        nonPayable.textProperty().bind(Bindings.createStringBinding(() -> model.lines().suspendedCount().get() == 0
                ? "Non-payable" : "Non-payable (" + model.lines().suspendedCount().get() + ")",
                model.lines().suspendedCount()));
        Tab actuals = new Tab("Actual hours", ActualsPane.build(model.actuals()));
        actuals.setId("actualsTab");
        rowsWhileSelected(actuals, "#actualsTable", model.actuals().entries());
        Tab calendar = new Tab("Period schedule", calendarTab());
        calendar.setId("calendarTab");
        tabs.getTabs().addAll(payments, nonPayable, calendar);
        model.nonPayableTab().addListener((property, before, show) -> {
            if (show) {
                tabs.getSelectionModel().select(nonPayable);
                model.nonPayableTab().set(false);
            }
        });
        model.actuals().reopened().addListener((property, before, reopened) -> {
            if (reopened) { // a 412 on the hours sent: the form again, with what changed
                tabs.getSelectionModel().select(actuals);
                model.actuals().reopened().set(false);
            }
        });
        model.homeCare().addListener((property, was, now) -> showActuals(tabs, actuals, now));
        showActuals(tabs, actuals, model.homeCare().get());
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox details = new VBox(6, heading, tabs, DecisionPane.build(model.decision()));
        details.setPadding(new Insets(0, 0, 0, 10));
        return details;
    }

    /**
     * The table of a tab that is not shown holds no rows: opening a period of 1,500 lines then lays out and styles
     * only the table on screen, and the tab's table gets its rows when the user chooses the tab.
     */
    private static <T> void rowsWhileSelected(Tab tab, String tableId, javafx.collections.ObservableList<T> rows) {
        @SuppressWarnings("unchecked")
        TableView<T> table = (TableView<T>) tab.getContent().lookup(tableId);
        javafx.collections.ObservableList<T> none = javafx.collections.FXCollections.emptyObservableList();
        table.setItems(tab.isSelected() ? rows : none);
        tab.selectedProperty().addListener((property, was, now) -> table.setItems(now ? rows : none));
    }

    private static void showActuals(TabPane tabs, Tab actuals, boolean homeCare) {
        if (homeCare && !tabs.getTabs().contains(actuals)) {
            tabs.getTabs().add(2, actuals);
        } else if (!homeCare) {
            tabs.getTabs().remove(actuals);
        }
    }

    private Node linesTab(String id, boolean suspended) {
        TableView<LineRow> table = LineTables.lines(id, suspended ? model.lines().suspended() : model.lines().payable(),
                suspended);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label total = new Label();
        total.setId(id + "Total");
        total.getStyleClass().add(Styles.TEXT_BOLD);
        total.textProperty().bind(suspended ? model.lines().suspendedTotal() : model.lines().payableTotal());
        VBox tab = new VBox(6, table, total);
        tab.setPadding(new Insets(8, 0, 0, 0));
        if (suspended) {
            Label why = Forms.wrapping(new Label("Payments are suspended when the amount is more than the contracted "
                    + "provision for that client. To have them paid, request a variation."));
            Button variation = new Button("Request a variation");
            variation.setMinWidth(Region.USE_PREF_SIZE);
            variation.setId("requestVariation");
            variation.setOnAction(event -> model.requestVariation(table.getSelectionModel().getSelectedItem()));
            variation.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
            Label hint = Forms.wrapping(new Label("Choose a line, then Request a variation for that client."));
            hint.getStyleClass().add("section-caption");
            Label message = Forms.collapsingLabel(model.variationMessage(), "field-error");
            HBox actions = new HBox(10, variation, hint);
            actions.setAlignment(Pos.CENTER_LEFT);
            tab.getChildren().add(0, why);
            tab.getChildren().addAll(actions, message);
        }
        return tab;
    }

    private Node calendarTab() {
        Label intro = Forms.wrapping(new Label("The payment period schedule for the year: keep a copy of the "
                + "confirmation deadlines."));
        TableView<?> table = LineTables.calendar(model.calendar());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox tab = new VBox(6, intro, table);
        tab.setPadding(new Insets(8, 0, 0, 0));
        return tab;
    }
}
