package org.providerdesk.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.client.cache.WrongCachePasswordException;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.login.PreviousPasswordViewModel.Step;

/** The password was changed on another computer: the saved data, its queue above all, is not silently lost. */
class PreviousPasswordViewModelTest {

    private static final String EMAIL = "helen.marsh@rosewoodlodge.example";
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    @TempDir
    Path home;
    private final AtomicReference<LocalCache> opened = new AtomicReference<>();

    @AfterEach
    void close() {
        if (opened.get() != null) {
            opened.get().close();
        }
    }

    private SavedData savedData() {
        return new SavedData(home, new CacheKey(1_000));
    }

    /** A cache made with the old password, holding two changes that were never sent. */
    private void cacheWithTwoWaitingChanges() {
        try (LocalCache cache = savedData().open(EMAIL, "old password".toCharArray())) {
            Outbox outbox = new Outbox(cache);
            outbox.enqueue(new Outbox.Command(1, "Raise action: Hospital admission for Mabel Thistlewood",
                    "raiseAction", "{\"title\":\"Mabel Thistlewood\"}"), NOW);
            outbox.enqueue(new Outbox.Command(1, "Reply to action 7", "replyToAction", "{}"), NOW.plusSeconds(60));
        }
    }

    private PreviousPasswordViewModel model(String newPassword) {
        return new PreviousPasswordViewModel(EMAIL, newPassword.toCharArray(), savedData(), TaskRunner.inline(),
                Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Europe/London"), opened::set);
    }

    @Test
    void thePreviousPasswordReKeysTheDataWithTheNewOneAndKeepsTheQueue() {
        cacheWithTwoWaitingChanges();
        PreviousPasswordViewModel model = model("new password");

        model.previous().set("old password");
        model.usePrevious();

        assertNotNull(opened.get());
        assertEquals(2, new Outbox(opened.get()).countWaiting());
        opened.get().close();
        opened.set(null);
        savedData().open(EMAIL, "new password".toCharArray()).close();
        assertThrows(WrongCachePasswordException.class, () -> savedData().open(EMAIL, "old password".toCharArray()));
    }

    @Test
    void aWrongPreviousPasswordIsSaidBesideTheFieldAndChangesNothing() {
        cacheWithTwoWaitingChanges();
        PreviousPasswordViewModel model = model("new password");

        model.previous().set("a guess");
        model.usePrevious();

        assertNull(opened.get());
        assertEquals(PreviousPasswordViewModel.WRONG, model.previousError().get());
        assertTrue(model.previous().isEmpty(), "the guess is wiped");
        try (LocalCache cache = savedData().open(EMAIL, "old password".toCharArray())) {
            assertEquals(2, new Outbox(cache).countWaiting());
        }
    }

    @Test
    void notKnowingItListsWhatWouldBeLostInWordsBeforeAnythingIsDone() {
        cacheWithTwoWaitingChanges();
        PreviousPasswordViewModel model = model("new password");

        model.doNotKnowIt();

        assertEquals(Step.LOSS, model.step().get());
        assertTrue(model.lossSummary().get().startsWith("2 changes you made on this computer have not been sent"),
                model.lossSummary().get());
        assertEquals(java.util.List.of("A new action, made on 23 November 2026 at 10:00",
                "A reply to an action, made on 23 November 2026 at 10:01"), model.losses());
        assertNull(opened.get(), "nothing is started until the user says so");
        assertTrue(savedData().existsFor(EMAIL));

        model.startAfresh();

        assertNotNull(opened.get());
        assertEquals(0, new Outbox(opened.get()).countWaiting());
    }

    @Test
    void aSetAsideCacheIsDeletedAfterTheStatedTimeAndNotBefore() throws Exception {
        cacheWithTwoWaitingChanges();
        Path aside = savedData().setAside(EMAIL, NOW);

        assertEquals(0, savedData().deleteExpired(NOW.plus(SavedData.SET_ASIDE_KEPT).minus(Duration.ofHours(1))));
        assertTrue(Files.exists(aside));
        assertEquals(1, savedData().deleteExpired(NOW.plus(SavedData.SET_ASIDE_KEPT).plus(Duration.ofHours(1))));
        assertFalse(Files.exists(aside));
    }

    @Test
    void theListOfWaitingChangesBesideTheFileHoldsNoTitleOrName() throws Exception {
        cacheWithTwoWaitingChanges();
        Path folder = LocalCache.folderFor(home, EMAIL);
        String list = Files.readString(folder.resolve("waiting.txt"));
        assertFalse(list.contains("Thistlewood") || list.contains("Hospital"), list);
        assertEquals(2, savedData().waitingIn(EMAIL).size());
    }
}
