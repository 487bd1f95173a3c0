package org.providerdesk.ui.actions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.ClientView;
import org.providerdesk.api.LineItemView;
import org.providerdesk.api.NewActionRequest;
import org.providerdesk.api.TeamView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.RaiseAction;
import org.providerdesk.client.data.Clients;
import org.providerdesk.client.data.LineItems;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.DayOrWeek;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.Variation;
import org.providerdesk.domain.VariationRules;
import org.providerdesk.domain.VariationTemplate;
import org.providerdesk.ui.shell.NewActionDraft;

/**
 * The "New action" form: Type, Related to, Entity (a client, or one of its line items), Assign to, Title and Text;
 * for a variation the guide's template as fields, each checked as it is typed with {@link VariationRules}, the
 * rules the portal applies. "Create action" stores the action on this computer; the sync sends it.
 */
public final class NewActionViewModel {

    static final String SERVICE_AGREEMENT = "ASC_SERVICE_AGREEMENT";
    static final String BROKERAGE = "ASC_BROKERAGE";
    static final String PAYMENTS = "NASC_PAYMENTS";
    /** The guide's example titles. */
    public static final List<String> TITLES = List.of("Hospital admission", "Client deceased");
    /** The variation fields, named as {@link Variation}'s. */
    static final List<String> VARIATION_FIELDS = List.of("contractedHours", "dayOrWeek", "actualHours", "reason",
            "extraValue", "from", "to");

    private final Commands commands;
    private final Clients clients;
    private final LineItems lineItems;
    private final Clock clock;
    private long providerId;

    private final ObjectProperty<ActionType> type = new SimpleObjectProperty<>(ActionType.CONTRACT_QUERY);
    private final ObjectProperty<RelatedTo> relatedTo = new SimpleObjectProperty<>(RelatedTo.CLIENT);
    private final ObjectProperty<ClientView> client = new SimpleObjectProperty<>();
    private final ObjectProperty<LineItemView> lineItem = new SimpleObjectProperty<>();
    private final ObjectProperty<TeamView> team = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty contractedHours = new SimpleStringProperty("");
    private final ObjectProperty<DayOrWeek> dayOrWeek = new SimpleObjectProperty<>(DayOrWeek.WEEK);
    private final StringProperty actualHours = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty extraValue = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty variation = new SimpleBooleanProperty();

    private final ObservableList<ClientView> clientChoices = FXCollections.observableArrayList();
    private final ObservableList<LineItemView> lineItemChoices = FXCollections.observableArrayList();
    private final ObservableList<TeamView> teams = FXCollections.observableArrayList();
    private final Map<String, StringProperty> errors = new LinkedHashMap<>();
    private boolean attempted;

    public NewActionViewModel(LocalCache cache, Commands commands, Clock clock) {
        this.commands = commands;
        this.clients = new Clients(cache);
        this.lineItems = new LineItems(cache);
        this.clock = clock;
        for (String field : List.of("type", "relatedTo", "clientId", "lineItemId", "assignTeam", "title", "text")) {
            errors.put(field, new SimpleStringProperty(""));
        }
        VARIATION_FIELDS.forEach(field -> errors.put(field, new SimpleStringProperty("")));
        type.addListener((obs, was, now) -> {
            variation.set(now == ActionType.VARIATION);
            defaultTeam();
        });
        client.addListener((obs, was, now) -> {
            lineItemChoices.setAll(now == null ? List.of() : lineItems.ofClient(providerId, now.id()));
            if (lineItem.get() != null && (now == null || lineItem.get().clientId() != now.id())) {
                lineItem.set(null);
            }
        });
        List<ObservableValue<?>> variationInputs = List.of(contractedHours, dayOrWeek, actualHours, reason,
                extraValue, from, to);
        variationInputs.forEach(input -> input.addListener((obs, was, now) -> checkVariation()));
    }

    /** Empties the form for a provider, then fills in what the draft knows (any part may be null). */
    public void start(long provider, List<TeamView> councilTeams, NewActionDraft draft) {
        providerId = provider;
        attempted = false;
        clientChoices.setAll(clients.all(provider));
        teams.setAll(councilTeams);
        title.set("");
        text.set("");
        contractedHours.set("");
        actualHours.set("");
        reason.set("");
        extraValue.set("");
        dayOrWeek.set(DayOrWeek.WEEK);
        LocalDate today = LocalDate.now(clock);
        from.set(today);
        to.set(today);
        client.set(null);
        lineItem.set(null);
        type.set(draft.type() == null ? ActionType.CONTRACT_QUERY : draft.type());
        relatedTo.set(draft.relatedTo() == null ? RelatedTo.CLIENT : draft.relatedTo());
        variation.set(type.get() == ActionType.VARIATION);
        defaultTeam();
        if (draft.clientId() != null) {
            clientChoices.stream().filter(c -> c.id() == draft.clientId()).findFirst().ifPresent(client::set);
        }
        if (draft.lineItemId() != null) {
            lineItemChoices.stream().filter(item -> item.id() == draft.lineItemId()).findFirst()
                    .ifPresent(lineItem::set);
        }
        if (draft.title() != null) {
            title.set(draft.title());
        }
        errors.values().forEach(error -> error.set(""));
    }

    /** Variation: ASC Brokerage Team; payment query: NASC Payments Team; otherwise ASC Service Agreement Team. */
    private void defaultTeam() {
        String code = switch (type.get() == null ? ActionType.CONTRACT_QUERY : type.get()) {
            case VARIATION -> BROKERAGE;
            case PAYMENT_QUERY -> PAYMENTS;
            case CONTRACT_QUERY -> SERVICE_AGREEMENT;
        };
        teams.stream().filter(t -> t.code().equals(code)).findFirst().ifPresent(team::set);
    }

    /** "Create action": checks every field; when all is well stores the action and answers true. */
    public boolean create() {
        attempted = true;
        Map<String, String> found = check();
        errors.forEach((field, error) -> error.set(found.getOrDefault(field, "")));
        if (!found.isEmpty()) {
            return false;
        }
        boolean aboutLineItem = relatedTo.get() == RelatedTo.LINE_ITEM;
        Variation v = variation.get() ? variationAnswers() : null;
        NewActionRequest request = new NewActionRequest(type.get(), relatedTo.get(),
                aboutLineItem ? null : client.get().id(), aboutLineItem ? lineItem.get().id() : null,
                team.get().code(), title.get().strip(), v == null ? text.get().strip() : VariationTemplate.text(v), v);
        commands.submit(new RaiseAction(providerId, request), clock.instant());
        return true;
    }

    private Map<String, String> check() {
        Map<String, String> found = new LinkedHashMap<>();
        if (type.get() == null) {
            found.put("type", "Choose the type of action.");
        }
        if (client.get() == null) {
            found.put("clientId", "Choose the client the action is about.");
        }
        if (relatedTo.get() == RelatedTo.LINE_ITEM && lineItem.get() == null) {
            found.put("lineItemId", "Choose the line item the action is about.");
        }
        if (team.get() == null) {
            found.put("assignTeam", "Choose the team to assign the action to.");
        }
        if (title.get().isBlank()) {
            found.put("title", "Enter a title, such as 'Hospital admission'.");
        }
        if (variation.get()) {
            found.putAll(variationProblems(true));
        } else if (text.get().isBlank()) {
            found.put("text", "Enter the details for the council.");
        }
        return found;
    }

    /** Checks the variation fields as they change: only fields filled in, until "Create action" was tried. */
    private void checkVariation() {
        if (!variation.get()) {
            return;
        }
        Map<String, String> found = variationProblems(attempted);
        VARIATION_FIELDS.forEach(field -> errors.get(field).set(found.getOrDefault(field, "")));
    }

    private Map<String, String> variationProblems(boolean all) {
        Map<String, String> found = new LinkedHashMap<>();
        BigDecimal contracted = number(contractedHours, "contractedHours", found);
        BigDecimal actual = number(actualHours, "actualHours", found);
        BigDecimal value = number(extraValue, "extraValue", found);
        Variation v = new Variation(contracted, dayOrWeek.get(), actual, reason.get(), value, from.get(), to.get());
        LocalDate today = LocalDate.now(clock);
        VariationRules.incomplete(v, today).forEach(found::putIfAbsent);
        if (found.isEmpty()) {
            found.putAll(VariationRules.brokenLimits(v));
        }
        if (!all) {
            found.keySet().removeIf(field -> blank(field));
        }
        return found;
    }

    private boolean blank(String field) {
        return switch (field) {
            case "contractedHours" -> contractedHours.get().isBlank();
            case "actualHours" -> actualHours.get().isBlank();
            case "reason" -> reason.get().isBlank();
            case "extraValue" -> extraValue.get().isBlank();
            default -> false;
        };
    }

    private static BigDecimal number(StringProperty input, String field, Map<String, String> found) {
        String typed = input.get().strip().replace("£", "").replace(",", "");
        if (typed.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(typed);
        } catch (NumberFormatException notANumber) {
            found.put(field, "Enter a number, such as 12.5.");
            return null;
        }
    }

    private Variation variationAnswers() {
        return new Variation(new BigDecimal(contractedHours.get().strip()), dayOrWeek.get(),
                new BigDecimal(actualHours.get().strip()), reason.get().strip(),
                new BigDecimal(extraValue.get().strip().replace("£", "").replace(",", "")), from.get(), to.get());
    }

    /** The message beside a field ("title", "contractedHours", ...); empty when all is well. */
    public StringProperty error(String field) {
        StringProperty error = errors.get(field);
        if (error == null) {
            throw new IllegalArgumentException("No field " + field);
        }
        return error;
    }

    public ObjectProperty<ActionType> type() { return type; }
    public ObjectProperty<RelatedTo> relatedTo() { return relatedTo; }
    public ObjectProperty<ClientView> client() { return client; }
    public ObjectProperty<LineItemView> lineItem() { return lineItem; }
    public ObjectProperty<TeamView> team() { return team; }
    public StringProperty title() { return title; }
    public StringProperty text() { return text; }
    public StringProperty contractedHours() { return contractedHours; }
    public ObjectProperty<DayOrWeek> dayOrWeek() { return dayOrWeek; }
    public StringProperty actualHours() { return actualHours; }
    public StringProperty reason() { return reason; }
    public StringProperty extraValue() { return extraValue; }
    public ObjectProperty<LocalDate> from() { return from; }
    public ObjectProperty<LocalDate> to() { return to; }
    /** True while the type is Variation: the template shows instead of Text. */
    public BooleanProperty variation() { return variation; }
    public ObservableList<ClientView> clientChoices() { return clientChoices; }
    public ObservableList<LineItemView> lineItemChoices() { return lineItemChoices; }
    public ObservableList<TeamView> teams() { return teams; }
}
