package org.providerdesk.ui.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.OrganisationView;
import org.providerdesk.domain.ProviderKind;
import org.providerdesk.ui.common.TaskRunner;

/** The organisation details as label and value, read-only, with what is missing said in words. */
class OrganisationViewModelTest {

    private final Map<Long, OrganisationView> held = Map.of(1L, new OrganisationView(5, "Rosewood Lodge Care Home",
            ProviderKind.RESIDENTIAL, "PRV-10231", "14 Elm Lane, Hatherby", "WB9 2QA", null, "office@rosewood.example"));
    private final OrganisationViewModel model = new OrganisationViewModel(
            id -> Optional.ofNullable(held.get(id)), TaskRunner.inline());

    @Test
    void theDetailsAreShownInOrderAndAMissingTelephoneSaysSo() {
        model.load(1);
        assertEquals("Rosewood Lodge Care Home", model.name().get());
        assertEquals(new OrganisationViewModel.Field("Type of service", "Care home"), model.fields().get(1));
        assertEquals(new OrganisationViewModel.Field("Postcode", "WB9 2QA"), model.fields().get(4));
        assertEquals(new OrganisationViewModel.Field("Telephone", "Not held"), model.fields().get(5));
        assertEquals("", model.empty().get());
    }

    @Test
    void detailsNotYetSavedAreExplainedNotBlank() {
        model.load(1);
        model.load(2);
        assertTrue(model.fields().isEmpty());
        assertEquals(OrganisationViewModel.NOT_SAVED, model.empty().get());
        assertTrue(OrganisationViewModel.NOTE.contains("usual process"));
    }
}
