package org.providerdesk.ui.schedules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ScheduleLineView;
import org.providerdesk.api.ScheduleSummary;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.ConfirmSchedule;
import org.providerdesk.client.commands.RejectSchedule;
import org.providerdesk.client.data.Schedules;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.ScheduleStatus;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.shell.NewActionDraft;
import org.providerdesk.ui.shell.NewActionForms;

/** The page's rules without a screen, on a cache synced from the real server (Rosewood Lodge, a care home). */
class SchedulesViewModelTest {

    @TempDir
    Path home;
    private PortalDesk desk;
    private SchedulesViewModel model;
    private final List<NewActionDraft> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        desk = new PortalDesk(home, DemoUsers.SINGLE_HOME_MANAGER, null);
        NewActionForms forms = asked::add;
        model = new SchedulesViewModel(new CacheScheduleData(desk.session, desk.server.clock()), TaskRunner.inline(),
                desk.server.clock(), new When(PortalDesk.LONDON), () -> Optional.of(forms));
        model.providerChanged(desk.provider);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private ScheduleSummary shownSchedule() {
        return model.chosen().get().schedule().row();
    }

    @Test
    void anotherPageOpensAPeriodOfAPreviousYearOnItsNonPayableTab() {
        int previousYear = model.years().stream().filter(year -> year < 2026).findFirst().orElseThrow();
        model.year().set(previousYear);
        PeriodRow wanted = model.periods().get(3);
        model.year().set(2026);

        model.openPeriod(wanted.period().id(), true);

        assertEquals(previousYear, model.year().get());
        assertEquals(wanted.period().id(), model.chosen().get().period().id());
        assertTrue(model.nonPayableTab().get(), "the view is asked to show the Non-payable tab");
    }

    @Test
    void opensOnThisYearsCurrentPeriodUnconfirmedWithItsLinesAndTotals() {
        assertEquals(2026, model.year().get());
        assertTrue(model.years().size() > 1, "previous years are offered too");
        ScheduleSummary schedule = shownSchedule();
        assertEquals(ScheduleStatus.UNCONFIRMED, schedule.status());
        assertEquals(model.periods().stream().filter(row -> row.schedule() != null)
                .mapToInt(row -> row.period().number()).max().orElseThrow(), schedule.period().number());
        assertEquals("unconfirmed", model.decision().status().get());
        assertTrue(model.decision().offered().get());
        assertEquals(schedule.payableLines(), model.lines().payable().size());
        assertEquals(schedule.suspendedLines(), model.lines().suspended().size());
        assertTrue(schedule.suspendedLines() > 0, "the demo period has suspended lines");
        assertEquals("Total " + Words.money(schedule.totalPayable()) + " on " + schedule.payableLines() + " lines",
                model.lines().payableTotal().get());
        assertEquals(13, model.calendar().size(), "the year's period schedule");
    }

    @Test
    void theFilterNarrowsTheLinesByNameOrReferenceAndTheTotalFollows() {
        LineRow someone = model.lines().payable().get(model.lines().payable().size() / 2);
        String name = someone.line().clientName();
        model.lines().filter().set(name.toUpperCase(Locale.ROOT));
        assertFalse(model.lines().payable().isEmpty());
        assertTrue(model.lines().payable().stream().allMatch(row -> row.line().clientName().equals(name)));
        BigDecimal sum = model.lines().payable().stream().map(row -> row.line().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(model.lines().payableTotal().get().startsWith("Total " + Words.money(sum) + " on "));
        assertTrue(model.lines().payableTotal().get().contains("(of "));
        model.lines().filter().set(someone.line().clientReference());
        assertTrue(model.lines().payable().contains(someone));
        model.lines().filter().set("");
        assertEquals(shownSchedule().payableLines(), model.lines().payable().size());
    }

    @Test
    void rejectWithoutACommentIsRefusedBesideTheBoxAndNothingIsQueued() {
        model.decision().startReject();
        model.decision().comments().set("   ");
        assertFalse(model.decision().send());
        assertEquals(DecisionModel.REJECT_NEEDS_COMMENTS, model.decision().commentsError().get());
        assertTrue(desk.outbox().waiting().isEmpty());
        model.decision().comments().set("Two residents are missing");
        assertEquals("", model.decision().commentsError().get(), "typing clears the message");
        assertTrue(model.decision().send());
        RejectSchedule sent = (RejectSchedule) Commands.read(desk.outbox().waiting().get(0));
        assertEquals("Two residents are missing", sent.request().comments());
    }

    @Test
    void confirmIsOneTypedCommandWithTheShownETagAndShowsAtOnceAsWaitingToSend() {
        ScheduleSummary schedule = shownSchedule();
        String etag = new Schedules(desk.cache).etag(desk.provider.id(), schedule.id()).orElseThrow();
        model.decision().startConfirm();
        model.decision().comments().set("All correct");
        assertTrue(model.decision().send());

        List<Outbox.Item> waiting = desk.outbox().waiting();
        assertEquals(1, waiting.size());
        ConfirmSchedule sent = (ConfirmSchedule) Commands.read(waiting.get(0));
        assertEquals(schedule.id(), sent.scheduleId());
        assertEquals(etag, sent.ifMatch());
        assertEquals("Confirmation waiting to send", model.decision().waiting().get());
        assertEquals("Confirmation waiting to send", model.chosen().get().status());
        assertFalse(model.decision().offered().get(), "not twice");
        assertTrue(model.decision().notOffered().get().contains("next sync"));
    }

    @Test
    void aScheduleTheCouncilChangedMeanwhileIsShownAndDecidedAgain() {
        ScheduleSummary schedule = shownSchedule();
        model.decision().startConfirm();
        model.decision().comments().set("All correct");
        model.decision().send();
        desk.councilChangesSchedule(schedule.id());
        desk.sync();
        model.refresh();

        String changed = model.decision().changed().get();
        assertTrue(changed.contains("changed this schedule"), changed);
        assertTrue(changed.contains(Words.money(schedule.totalPayable().add(BigDecimal.TEN))), "the new total");
        assertTrue(changed.contains(Words.money(schedule.totalPayable())), "what the user saw");
        assertEquals(DecisionModel.Mode.CONFIRMING, model.decision().mode().get(), "the Comments box reopens");
        assertEquals("All correct", model.decision().comments().get());
        assertTrue(model.decision().offered().get());

        assertTrue(model.decision().send());
        assertEquals(1, desk.outbox().waiting().size(), "the refused command is sent again, not a second one");
        desk.sync();
        assertEquals("CONFIRMED", desk.statusOnPortal(schedule.id()));
        model.refresh();
        assertEquals("confirmed", model.decision().status().get());
        assertTrue(model.decision().decidedDetail().get().contains("All correct"));
        assertTrue(model.decision().notOffered().get().contains("has been confirmed"));
    }

    @Test
    void afterTheDeadlineTheButtonsSayWhyTheyAreNotOffered() {
        ScheduleSummary schedule = shownSchedule();
        desk.server.clock().advance(Duration.between(desk.server.clock().instant(),
                schedule.period().confirmationDeadline().plusDays(1).atStartOfDay(PortalDesk.LONDON).toInstant()));
        model.refresh();
        assertFalse(model.decision().offered().get());
        assertEquals("The deadline to confirm or reject this schedule was "
                + Words.day(schedule.period().confirmationDeadline()) + ". Contact the payments team.",
                model.decision().notOffered().get());
        model.decision().startConfirm();
        assertEquals(DecisionModel.Mode.NONE, model.decision().mode().get());
    }

    @Test
    void aPaidPeriodSaysItWasPaidAndPreviousYearsAreOffered() {
        int previous = model.years().stream().filter(year -> year < 2026).findFirst().orElseThrow();
        model.year().set(previous);
        assertEquals(previous, model.year().get());
        assertNotNull(model.chosen().get());
        assertTrue(model.periods().stream().allMatch(row -> row.period().financialYear() == previous));
        assertFalse(model.decision().offered().get());
        assertFalse(model.decision().notOffered().get().isEmpty());
    }

    @Test
    void requestAVariationAsksForTheFormFilledInForThatClientAndPeriod() {
        LineRow held = model.lines().suspended().get(0);
        ScheduleLineView line = held.line();
        assertEquals("More than the contracted provision (" + Words.money(line.contractedProvision()) + ")",
                held.whySuspended());
        model.requestVariation(held);
        assertEquals(1, asked.size());
        NewActionDraft draft = asked.get(0);
        assertEquals(ActionType.VARIATION, draft.type());
        assertEquals(RelatedTo.CLIENT, draft.relatedTo());
        assertEquals(line.clientId(), draft.clientId());
        assertEquals("Period " + shownSchedule().period().number() + " " + shownSchedule().period().financialYearLabel(),
                draft.title());
    }
}
