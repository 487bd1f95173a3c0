package org.providerdesk.ui.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.SubmitActuals;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;

/** A home-care provider's actual hours, checked beside each field with the portal's rule, and sent to it. */
class ActualHoursTest {

    @TempDir
    Path home;
    private PortalDesk desk;
    private SchedulesViewModel model;

    @BeforeEach
    void open() {
        desk = new PortalDesk(home, DemoUsers.GROUP_ADMINISTRATOR, "Oakleaf Home Care");
        model = new SchedulesViewModel(new CacheScheduleData(desk.session, desk.server.clock()), TaskRunner.inline(),
                desk.server.clock(), new When(PortalDesk.LONDON), Optional::empty);
        model.providerChanged(desk.provider);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void eachFieldIsCheckedBesideItAndOverProvisionIsAllowedWithTheSuspensionWarning() {
        assertTrue(model.homeCare().get());
        assertTrue(model.actuals().offered().get(), model.actuals().notOffered().get());
        ActualsModel.Entry entry = model.actuals().entries().get(0);

        entry.hours().set("-2");
        assertEquals("Hours cannot be negative.", entry.error().get());
        entry.hours().set("3.125");
        assertEquals("Use at most 2 decimals, such as 12.25.", entry.error().get());
        entry.hours().set("lots");
        assertFalse(entry.error().get().isEmpty());
        assertFalse(model.actuals().submit(), "a wrong field stops the submit");
        assertTrue(desk.outbox().waiting().isEmpty());

        entry.hours().set("600");
        assertEquals("", entry.error().get());
        assertTrue(entry.warning().get().contains("suspended until a variation is agreed"), entry.warning().get());
        entry.hours().set("1.5");
        assertEquals("", entry.warning().get());

        for (ActualsModel.Entry other : model.actuals().entries()) {
            if (other != entry) {
                other.hours().set("");
            }
        }
        assertTrue(model.actuals().submit());
        SubmitActuals sent = (SubmitActuals) Commands.read(desk.outbox().waiting().get(0));
        assertEquals(1, sent.request().lines().size());
        assertEquals(new BigDecimal("1.5"), sent.request().lines().get(0).hours());
        assertEquals(entry.lineItemId(), sent.request().lines().get(0).lineItemId());
        assertTrue(model.actuals().message().get().contains("waiting to send"));

        desk.sync();
        assertTrue(desk.outbox().waiting().isEmpty(), () -> "the portal accepted the hours: "
                + desk.outbox().waiting().get(0).refusal());
    }

    @Test
    void hoursRefusedBecauseTheCouncilChangedTheScheduleReopenTheFormWithWhatChangedAndAreSentAgain() {
        ActualsModel.Entry entry = model.actuals().entries().get(0);
        entry.hours().set("1.5");
        long scheduleId = model.chosen().get().schedule().row().id();
        BigDecimal was = new BigDecimal(entry.provision().replaceAll("[^0-9.]", ""));
        assertTrue(model.actuals().submit());
        assertEquals(1, desk.outbox().waiting().size());

        BigDecimal provision = was.add(new BigDecimal("25.00"));
        desk.councilChangesProvision(scheduleId, entry.lineItemId(), provision);
        desk.sync();
        model.refresh();

        assertEquals(Outbox.State.REFUSED, desk.outbox().waiting().get(0).state(), "412: the schedule changed");
        String changed = model.actuals().changed().get();
        assertTrue(changed.contains("changed this schedule or its period"), changed);
        assertTrue(changed.contains("contracted provision " + Words.money(provision) + " (was " + Words.money(was)
                + ")"), changed);
        assertTrue(model.actuals().reopened().get(), "the view is asked to show the hours form");
        ActualsModel.Entry again = model.actuals().entries().stream()
                .filter(e -> e.lineItemId() == entry.lineItemId()).findFirst().orElseThrow();
        assertEquals("1.5", again.hours().get(), "the hours the user entered, to decide again");
        assertEquals(Words.money(provision), again.provision(), "checked against the schedule as it is now");
        assertTrue(model.actuals().offered().get(), model.actuals().notOffered().get());
        assertEquals(DecisionModel.ACTUALS_NOT_SENT, model.decision().changed().get());

        assertTrue(model.actuals().submit());
        assertEquals(1, desk.outbox().waiting().size(), "the refused command is sent again, not a second one");
        assertEquals("", model.actuals().changed().get());
        desk.sync();
        assertTrue(desk.outbox().waiting().isEmpty(), () -> "accepted: " + desk.outbox().waiting().get(0).refusal());
        assertEquals(0, new BigDecimal("1.5").compareTo(desk.hoursOnPortal(scheduleId, entry.lineItemId())));
        model.refresh();
        assertEquals("", model.actuals().changed().get());
        assertEquals("", model.decision().changed().get());
    }
}
