package org.providerdesk.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.ClientView;
import org.providerdesk.client.data.ActionList;
import org.providerdesk.client.data.Clients;
import org.providerdesk.client.data.Listed;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.DayOrWeek;
import org.providerdesk.domain.VariationRules;
import org.providerdesk.domain.VariationTemplate;
import org.providerdesk.ui.shell.NewActionDraft;

/** The New action form against a real cache and the real server: defaults, the variation's rules, sending once. */
class NewActionViewModelTest {

    @TempDir
    Path folder;
    private SyncedDesk desk;
    private NewActionViewModel form;
    private ClientView client;

    @BeforeEach
    void start() {
        desk = new SyncedDesk(folder);
        form = new NewActionViewModel(desk.cache, desk.commands, desk.clock);
        client = new Clients(desk.cache).all(desk.providerId).get(0);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void assignToDefaultsToTheTeamTheGuideNamesForEachType() {
        form.start(desk.providerId, desk.teams, new NewActionDraft(null, null, null, null, null));
        assertEquals("ASC Service Agreement Team", form.team().get().name());
        form.type().set(ActionType.PAYMENT_QUERY);
        assertEquals("NASC Payments Team", form.team().get().name());
        form.start(desk.providerId, desk.teams, NewActionDraft.variation(client.id(), "Period 9 2026/27"));
        assertEquals("ASC Brokerage Team", form.team().get().name());
        assertEquals(client, form.client().get());
        assertEquals("Period 9 2026/27", form.title().get());
        assertTrue(form.variation().get());
    }

    @Test
    void eachVariationFieldIsCheckedAsTypedWithTheRulesThePortalUses() {
        form.start(desk.providerId, desk.teams, NewActionDraft.variation(client.id(), "Period 9"));
        form.contractedHours().set("20");
        form.actualHours().set("18");
        assertEquals("", form.error("actualHours").get(), "incomplete: the limits wait until all is filled in");
        assertEquals("", form.error("reason").get(), "a field not yet typed in is not marked");
        form.dayOrWeek().set(DayOrWeek.DAY);
        form.contractedHours().set("30");
        assertEquals("There are at most 24 hours in that time.", form.error("contractedHours").get());
        form.dayOrWeek().set(DayOrWeek.WEEK);
        assertEquals("", form.error("contractedHours").get());
        form.contractedHours().set("20");
        form.reason().set("Carer stayed for the ambulance");
        form.extraValue().set("200");

        assertEquals(VariationRules.brokenLimits(new org.providerdesk.domain.Variation(new java.math.BigDecimal("20"),
                DayOrWeek.WEEK, new java.math.BigDecimal("18"), "x", new java.math.BigDecimal("200"), desk.today(),
                desk.today())).get("extraValue"), form.error("extraValue").get());
        assertTrue(form.error("extraValue").get().contains("GBP 150.00"));
        assertTrue(form.error("actualHours").get().startsWith("A variation is for hours over the contracted"));
        form.contractedHours().set("twenty");
        assertEquals("Enter a number, such as 12.5.", form.error("contractedHours").get());
        assertFalse(form.create(), "the form does not create what the portal would refuse");
    }

    @Test
    void aVariationIsStoredAtOnceAsWaitingToSendWithTheGuidesTextAndSentExactlyOnce() {
        form.start(desk.providerId, desk.teams, NewActionDraft.variation(client.id(), "Extra hours in period 9"));
        form.contractedHours().set("20");
        form.actualHours().set("24");
        form.reason().set("Informal carer in hospital");
        form.extraValue().set("99.20");
        assertTrue(form.create());

        Listed<ActionView> raised = titled("Extra hours in period 9").get(0);
        assertEquals("Waiting to send", raised.pending().label());
        assertEquals(VariationTemplate.text(raised.row().variation()), raised.row().text());
        assertTrue(raised.row().text().startsWith("Contracted hours: 20\nDay or week: Week\n"
                + "Actual hours delivered per day or week: 24\nReason for the over provision: Informal carer"));

        desk.sync();
        desk.sync();

        List<Listed<ActionView>> after = titled("Extra hours in period 9");
        assertEquals(1, after.size(), "sent exactly once");
        assertFalse(after.get(0).isPending());
        assertEquals("ASC Brokerage Team", after.get(0).row().assignedTeam().name());
    }

    @Test
    void missingFieldsAreNamedBesideThemAndNothingIsStored() {
        form.start(desk.providerId, desk.teams, new NewActionDraft(null, null, null, null, null));
        assertFalse(form.create());
        assertEquals("Choose the client the action is about.", form.error("clientId").get());
        assertEquals("Enter a title, such as 'Hospital admission'.", form.error("title").get());
        assertEquals("Enter the details for the council.", form.error("text").get());
        assertTrue(new org.providerdesk.client.cache.Outbox(desk.cache).waiting().isEmpty());
    }

    private List<Listed<ActionView>> titled(String title) {
        return new ActionList(desk.cache).list(desk.providerId, false, desk.today()).actions().stream()
                .filter(listed -> listed.row().title().equals(title)).toList();
    }
}
