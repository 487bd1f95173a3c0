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
}
