package org.providerdesk.ui.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ContactView;
import org.providerdesk.ui.common.TaskRunner;

/** The first contact is chosen at the start; the user's choice survives a reload of the same provider. */
class ContactsViewModelTest {

    private final List<ContactView> contacts = new ArrayList<>(List.of(
            new ContactView(1, 1, "Amira Okafor", "Deputy manager", "amira@rosewood.example", null, false),
            new ContactView(2, 1, "Helen Marsh", "Registered manager", "helen@rosewood.example", "01632 960 111",
                    true)));
    private final ContactsViewModel model = new ContactsViewModel(id -> id == 1 ? List.copyOf(contacts) : List.of(),
            TaskRunner.inline());

    @Test
    void theFirstIsChosenAndAChoiceIsKeptAcrossASync() {
        model.load(1);
        assertEquals("Amira Okafor", model.chosen().get().name());
        model.chosen().set(model.contacts().get(1));
        contacts.add(0, new ContactView(3, 1, "Aaron Bell", null, null, null, false));
        model.load(1);
        assertEquals(3, model.contacts().size());
        assertEquals("Helen Marsh", model.chosen().get().name());
    }

    @Test
    void portalAccessAndMissingDetailsAreWords() {
        assertEquals("Yes, can log in to the portal", ContactsViewModel.portalAccess(contacts.get(1)));
        assertEquals("No, not given access to the portal", ContactsViewModel.portalAccess(contacts.get(0)));
        assertEquals("Not held", ContactsViewModel.orNone(null));
    }

    @Test
    void anotherProviderWithNoContactsSaysSoAndChoosesNobody() {
        model.load(1);
        model.load(2);
        assertNull(model.chosen().get());
        assertEquals("No contacts have been saved on this computer yet.", model.empty().get());
    }
}
