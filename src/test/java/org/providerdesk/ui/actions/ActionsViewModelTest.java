package org.providerdesk.ui.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.SummaryLevel;
import org.providerdesk.ui.common.TaskRunner;

/** The actions list against the real server's demo data, synced into a real cache. */
class ActionsViewModelTest {

    @TempDir
    Path folder;
    private SyncedDesk desk;
    private final List<String> notices = new ArrayList<>();
    private ActionsViewModel model;

    @BeforeEach
    void start() {
        desk = new SyncedDesk(folder);
        model = new ActionsViewModel(desk.cache, TaskRunner.inline(), desk.clock, notices::add);
        model.load(desk.providerId);
    }

    @AfterEach
    void stop() {
        desk.close();
    }

    @Test
    void openActionsOnlyIsTickedAtFirstAndUntickingShowsClosedOnesToo() {
        assertTrue(model.openOnly().get());
        int open = model.rows().size();
        assertTrue(open > 0);
        assertTrue(model.rows().stream().allMatch(row -> row.action().status() == ActionStatus.OPEN));

        model.openOnly().set(false);

        assertTrue(model.rows().size() > open, "closed actions are listed as well");
        assertTrue(model.rows().stream().anyMatch(row -> row.action().status() == ActionStatus.CLOSED));
    }

    @Test
    void overdueActionsAreMarkedInWordsAndTheSummaryCountsThem() {
        List<ActionRow> overdue = model.rows().stream().filter(ActionRow::overdue).toList();
        assertEquals(2, overdue.size(), "the demo data has two of Rosewood Lodge's actions overdue");
        assertTrue(overdue.stream().allMatch(row -> row.status().equals("Overdue")));

        ActionSummary summary = model.summary().get();
        assertEquals(SummaryLevel.RED, summary.level());
        assertEquals(2, summary.overdue());
        assertEquals("Red: 2 overdue, " + (summary.open() - 2) + " waiting for the council",
                PendingActionsSummary.words(summary));
    }

    @Test
    void aCouncilReplyArrivingWithASyncMarksTheActionUnreadAndNotifiesOnceUntilOpened() throws Exception {
        ActionRow answered = model.rows().get(0);
        assertFalse(answered.unread());

        desk.server.clock().advance(java.time.Duration.ofMinutes(5));
        desk.councilReplies(answered.id(), "We have the hospital's letter, thank you.", false, null);
        desk.sync();
        model.refresh();

        ActionRow marked = model.rows().stream().filter(row -> row.id() == answered.id()).findFirst().orElseThrow();
        assertTrue(marked.unread());
        assertEquals(List.of("The council replied to \"" + answered.title() + "\"."), notices);
        assertEquals(1, model.rows().stream().filter(ActionRow::unread).count());

        model.refresh();
        assertEquals(1, notices.size(), "the same reply is announced once");
        assertTrue(model.rows().stream().anyMatch(row -> row.id() == answered.id() && row.unread()));

        model.opened(answered.id());
        assertTrue(model.rows().stream().noneMatch(ActionRow::unread));
    }
}
