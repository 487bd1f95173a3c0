package org.providerdesk.ui.actions;

import atlantafx.base.theme.Styles;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.providerdesk.api.ClientView;
import org.providerdesk.api.LineItemView;
import org.providerdesk.api.TeamView;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.DayOrWeek;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.VariationRules;
import org.providerdesk.ui.common.Forms;
import org.providerdesk.ui.common.UkDates;

/** The "New action" form; "Create action" and "Cancel" at the foot. Binds only: rules are the view model's. */
public final class NewActionView {

    private final NewActionViewModel model;
    private final Runnable created;
    private final Runnable cancelled;

    public NewActionView(NewActionViewModel model, Runnable created, Runnable cancelled) {
        this.model = model;
        this.created = created;
        this.cancelled = cancelled;
    }

    public Parent build() {
        Label heading = new Label("New action");
        heading.getStyleClass().add("section-title");

        ComboBox<ActionType> type = combo("actionType", FXCollections.observableArrayList(ActionType.values()),
                ActionWords::type);
        type.valueProperty().bindBidirectional(model.type());
        ComboBox<RelatedTo> related = combo("relatedTo", FXCollections.observableArrayList(RelatedTo.values()),
                r -> r == RelatedTo.CLIENT ? "Client" : "Line item");
        related.valueProperty().bindBidirectional(model.relatedTo());
        ComboBox<ClientView> client = combo("entity", model.clientChoices(),
                c -> c.displayName() + " (" + c.councilReference() + ")");
        client.valueProperty().bindBidirectional(model.client());
        ComboBox<LineItemView> lineItem = combo("lineItem", model.lineItemChoices(),
                item -> item.service() + " from " + ActionWords.date(item.startDate())
                        + (item.endDate() == null ? "" : " to " + ActionWords.date(item.endDate())));
        lineItem.valueProperty().bindBidirectional(model.lineItem());
        ComboBox<TeamView> team = combo("assignTo", model.teams(), TeamView::name);
        team.valueProperty().bindBidirectional(model.team());
        ComboBox<String> title = new ComboBox<>(FXCollections.observableArrayList(NewActionViewModel.TITLES));
        title.setId("actionTitle");
        title.setEditable(true);
        title.setMaxWidth(Double.MAX_VALUE);
        title.getEditor().textProperty().bindBidirectional(model.title());
        // the guide's hint for each kind of action, in the box and below it (the box's goes when it has the focus)
        javafx.beans.binding.StringExpression titleHint = Bindings.when(model.variation())
                .then("Enter the date or time period of the variation")
                .otherwise("For example Hospital admission or Client deceased");
        title.promptTextProperty().bind(titleHint);
        Label titleHintLabel = Forms.wrapping(new Label());
        titleHintLabel.setId("actionTitleHint");
        titleHintLabel.getStyleClass().add("section-caption");
        titleHintLabel.textProperty().bind(titleHint);
        TextArea text = new TextArea();
        text.setId("actionText");
        text.setWrapText(true);
        text.setPrefRowCount(5);
        text.textProperty().bindBidirectional(model.text());

        VBox form = new VBox(6,
                field("Type", type, "type"),
                field("Related to", related, "relatedTo"),
                field("Entity", client, "clientId"),
                shownWhen(field("Line item", lineItem, "lineItemId"),
                        Bindings.equal(model.relatedTo(), RelatedTo.LINE_ITEM)),
                field("Assign to", team, "assignTeam"),
                withHint(field("Title", title, "title"), titleHintLabel),
                shownWhen(field("Text", text, "text"), model.variation().not()),
                shownWhen(variation(), model.variation()));

        Button create = new Button("Create action");
        create.setId("createAction");
        create.getStyleClass().add(Styles.ACCENT);
        create.setDefaultButton(false);
        create.setOnAction(e -> {
            if (model.create()) {
                created.run();
            }
        });
        Button cancel = new Button("Cancel");
        cancel.setId("cancelAction");
        cancel.setOnAction(e -> cancelled.run());
        HBox buttons = new HBox(10, create, cancel);
        buttons.getStyleClass().add("notice-actions");

        VBox page = new VBox(12, heading, form, buttons);
        page.getStyleClass().add("page");
        page.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("page-scroll");
        return scroll;
    }

    private Node variation() {
        Label intro = Forms.wrapping(new Label("Only for a one-off crisis (for example, a carer staying to wait for "
                + "an ambulance) or extra hours up to 1 week, with a maximum value of "
                + ActionWords.pounds(VariationRules.MAX_VALUE_GBP) + "."));
        intro.getStyleClass().add("section-caption");
        ComboBox<DayOrWeek> dayOrWeek = combo("dayOrWeek", FXCollections.observableArrayList(DayOrWeek.values()),
                d -> d == DayOrWeek.DAY ? "Day" : "Week");
        dayOrWeek.valueProperty().bindBidirectional(model.dayOrWeek());
        TextArea reason = new TextArea();
        reason.setId("reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reason.textProperty().bindBidirectional(model.reason());
        DatePicker from = UkDates.apply(new DatePicker());
        from.setId("variationFrom");
        from.valueProperty().bindBidirectional(model.from());
        DatePicker to = UkDates.apply(new DatePicker());
        to.setId("variationTo");
        to.valueProperty().bindBidirectional(model.to());
        Label question = Forms.wrapping(new Label(org.providerdesk.domain.VariationTemplate.QUESTION));
        question.getStyleClass().add("section-caption");
        return new VBox(6, intro,
                field("Contracted hours", text("contractedHours", model.contractedHours()), "contractedHours"),
                field("Day or week", dayOrWeek, "dayOrWeek"),
                field("Actual hours delivered per day or week", text("actualHours", model.actualHours()),
                        "actualHours"),
                field("Reason for the over provision", reason, "reason"),
                field("Extra value asked for (£)", text("extraValue", model.extraValue()), "extraValue"),
                field("First day", from, "from"),
                field("Last day", to, "to"),
                question);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.setMaxWidth(220);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Node field(String label, javafx.scene.control.Control control, String errorField) {
        Label name = Forms.fieldLabel(label);
        name.setLabelFor(control);
        Label error = Forms.fieldError(model.error(errorField), control.getId() + "Error");
        VBox box = new VBox(3, name, control, error);
        box.setPadding(new javafx.geometry.Insets(2, 0, 4, 0));
        return box;
    }

    /** The hint right below the field's box, above its error. */
    private static Node withHint(Node field, Label hint) {
        ((VBox) field).getChildren().add(2, hint);
        return field;
    }

    private static Node shownWhen(Node node, javafx.beans.value.ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(shown);
        return node;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items,
            Function<T, String> words) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
        box.setConverter(converter);
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "Choose..." : words.apply(item));
            }
        });
        return box;
    }
}
