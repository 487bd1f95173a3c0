package org.providerdesk.ui.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.OrganisationView;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/** One provider's organisation details as label and value pairs, in the order the council keeps them. */
public final class OrganisationViewModel {

    /** The guide's words: the details are viewed here and changed through the usual process. */
    public static final String NOTE = "These are your correspondence details as the council holds them. You can "
            + "view them here, but any changes should be sent to the council through the usual process: they are "
            + "not changed in Provider Desk or on the portal.";
    public static final String NOT_SAVED = "The organisation details have not been saved on this computer yet: "
            + "they arrive with the next sync.";

    /** One line of the details: "Postcode", "BN7 2QA". */
    public record Field(String label, String value) {
    }

    private final LongFunction<Optional<OrganisationView>> source;
    private final TaskRunner runner;
    private final ObservableList<Field> fields = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty empty = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private long requested;

    /** @param source the cached details of a provider; called on the runner's worker */
    public OrganisationViewModel(LongFunction<Optional<OrganisationView>> source, TaskRunner runner) {
        this.source = source;
        this.runner = runner;
    }

    public void load(long providerId) {
        requested = providerId;
        loading.set(true);
        error.set("");
        runner.run(() -> source.apply(providerId), found -> {
            if (providerId != requested) {
                return;
            }
            loading.set(false);
            show(found.orElse(null));
        }, failure -> {
            loading.set(false);
            error.set(UserMessages.describe(failure));
        });
    }

    private void show(OrganisationView organisation) {
        if (organisation == null) {
            name.set("");
            fields.clear();
            empty.set(NOT_SAVED);
            return;
        }
        empty.set("");
        name.set(organisation.name());
        List<Field> shown = new ArrayList<>();
        shown.add(new Field("Organisation name", organisation.name()));
        shown.add(new Field("Type of service", organisation.kind() == null ? "" : organisation.kind().label()));
        shown.add(new Field("Council reference", organisation.councilReference()));
        shown.add(new Field("Address", organisation.address()));
        shown.add(new Field("Postcode", organisation.postcode()));
        shown.add(new Field("Telephone", orNone(organisation.phone())));
        shown.add(new Field("E-mail", orNone(organisation.email())));
        fields.setAll(shown);
    }

    private static String orNone(String value) {
        return value == null || value.isBlank() ? "Not held" : value;
    }

    public ObservableList<Field> fields() { return fields; }
    public StringProperty name() { return name; }
    public StringProperty empty() { return empty; }
    public StringProperty error() { return error; }
    public BooleanProperty loading() { return loading; }
}
