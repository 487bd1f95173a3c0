package org.providerdesk.ui.contacts;

import java.util.List;
import java.util.function.LongFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.api.ContactView;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/** The contacts of one provider and the one chosen (the first at the start; kept across a sync). */
public final class ContactsViewModel {

    /** The guide's words on who may use the portal. */
    public static final String NOTE = "You may only use the portal when you are listed as a contact and have then "
            + "been given access to the Provider Portal by the council's Systems Team.";

    private final LongFunction<List<ContactView>> source;
    private final TaskRunner runner;
    private final ObservableList<ContactView> contacts = FXCollections.observableArrayList();
    private final ObjectProperty<ContactView> chosen = new SimpleObjectProperty<>();
    private final StringProperty empty = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private long requested = -1;

    /** @param source the cached contacts of a provider, by name; called on the runner's worker */
    public ContactsViewModel(LongFunction<List<ContactView>> source, TaskRunner runner) {
        this.source = source;
        this.runner = runner;
    }

    public void load(long providerId) {
        boolean same = providerId == requested;
        requested = providerId;
        loading.set(true);
        error.set("");
        runner.run(() -> source.apply(providerId), found -> {
            if (providerId != requested) {
                return;
            }
            loading.set(false);
            Long keep = same && chosen.get() != null ? chosen.get().id() : null;
            contacts.setAll(found);
            chosen.set(found.stream().filter(c -> keep != null && c.id() == keep).findFirst()
                    .orElse(found.isEmpty() ? null : found.get(0)));
            empty.set(found.isEmpty() ? "No contacts have been saved on this computer yet." : "");
        }, failure -> {
            loading.set(false);
            error.set(UserMessages.describe(failure));
        });
    }

    /** "Yes: can log in to the portal" or "No: not given portal access", in words. */
    public static String portalAccess(ContactView contact) {
        return contact.hasPortalAccess() ? "Yes, can log in to the portal"
                : "No, not given access to the portal";
    }

    public static String orNone(String value) {
        return value == null || value.isBlank() ? "Not held" : value;
    }

    public ObservableList<ContactView> contacts() { return contacts; }
    public ObjectProperty<ContactView> chosen() { return chosen; }
    public StringProperty empty() { return empty; }
    public StringProperty error() { return error; }
    public BooleanProperty loading() { return loading; }
}
