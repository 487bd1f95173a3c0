package org.providerdesk.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.UserInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.Outbox;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.RecordingDialogs;
import org.providerdesk.ui.common.TaskRunner;

/** Log out on a shared computer: "Remove the data saved on this computer", after saying what still waits. */
class RemoveSavedDataOnLogOutTest {

    private TestServer server;
    @TempDir
    Path home;
    private SavedData savedData;
    private LocalCache cache;

    @BeforeEach
    void start() {
        server = TestServer.start();
        savedData = new SavedData(home, new CacheKey(1_000));
        cache = savedData.open(DemoUsers.SINGLE_HOME_MANAGER, "pw".toCharArray());
        Outbox outbox = new Outbox(cache);
        outbox.enqueue(new Outbox.Command(1, "Raise action: Hospital admission", "raiseAction", "{}"), Instant.now());
        outbox.enqueue(new Outbox.Command(1, "Reply to action 7", "replyToAction", "{}"), Instant.now());
    }

    @AfterEach
    void stop() {
        cache.close();
        server.close();
    }

    private ShellViewModel shell(PortalClient client, UserInfo user, RecordingDialogs dialogs) {
        ShellViewModel shell = new ShellViewModel(user, user.providers().get(0), client, TaskRunner.inline(), () -> { });
        shell.offerRemoval(new ShellViewModel.SavedDataRemoval() {
            @Override
            public List<String> waitingToSend() {
                return new Outbox(cache).waiting().stream().map(Outbox.Item::description).toList();
            }

            @Override
            public void remove() {
                cache.close();
                savedData.remove(user.email());
            }
        }, dialogs);
        return shell;
    }

    @Test
    void sayingCancelKeepsTheDataAndTheSession() {
        PortalClient client = server.newClient();
        UserInfo helen = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).user();
        RecordingDialogs dialogs = new RecordingDialogs().answering(false);

        shell(client, helen, dialogs).removeSavedDataAndLogOut();

        assertEquals(List.of("confirm: Remove the data saved on this computer?"), dialogs.calls());
        assertTrue(client.isSignedIn());
        assertTrue(savedData.existsFor(helen.email()));
    }

    @Test
    void goingAheadLogsOutAndDeletesTheCache() {
        PortalClient client = server.newClient();
        UserInfo helen = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).user();
        Path folder = LocalCache.folderFor(home, helen.email());

        shell(client, helen, new RecordingDialogs().answering(true)).removeSavedDataAndLogOut();

        assertFalse(client.isSignedIn());
        assertFalse(savedData.existsFor(helen.email()));
        assertFalse(Files.exists(folder));
    }

    @Test
    void theQuestionSaysHowManyChangesStillWaitAndWhich() {
        String question = ShellViewModel.removalQuestion(List.of("Raise action: Hospital admission",
                "Reply to action 7"));
        assertTrue(question.contains("2 changes are still waiting to send and will be lost:\n"
                + "• Raise action: Hospital admission\n• Reply to action 7"), question);
        assertTrue(ShellViewModel.removalQuestion(List.of()).contains("No changes are waiting to send."));
    }
}
