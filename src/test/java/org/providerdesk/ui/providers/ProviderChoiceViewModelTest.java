package org.providerdesk.ui.providers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.ProviderSummary;
import org.providerdesk.domain.ProviderKind;

class ProviderChoiceViewModelTest {

    private final ProviderSummary house = new ProviderSummary(2, "Oakleaf House", ProviderKind.RESIDENTIAL, "PRV-1");
    private final ProviderSummary court = new ProviderSummary(3, "Oakleaf Court", ProviderKind.RESIDENTIAL, "PRV-2");

    @Test
    void choosingAProviderOpensIt() {
        AtomicReference<ProviderSummary> opened = new AtomicReference<>();
        ProviderChoiceViewModel model = new ProviderChoiceViewModel("Priya Shah", List.of(house, court), opened::set);

        model.choose(court);

        assertEquals(court, opened.get());
        assertEquals("Welcome, Priya Shah", model.greeting());
    }

    @Test
    void aProviderNotInTheListCannotBeChosen() {
        AtomicReference<ProviderSummary> opened = new AtomicReference<>();
        ProviderChoiceViewModel model = new ProviderChoiceViewModel("Priya Shah", List.of(house), opened::set);

        model.choose(court);

        assertNull(opened.get());
    }
}
