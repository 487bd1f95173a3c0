package org.providerdesk.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.cache.CacheKey;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.common.When;
import org.providerdesk.ui.login.LoginViewModel.Step;

class LoginViewModelTest {

    private TestServer server;
    private final AtomicReference<SessionInfo> signedIn = new AtomicReference<>();
    private final AtomicReference<String> handedPassword = new AtomicReference<>();
    private final AtomicReference<LocalCache> opened = new AtomicReference<>();
    @TempDir
    Path home;
    private LoginViewModel model;

    @BeforeEach
    void start() {
        server = TestServer.start();
        model = modelFor(server.newClient());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LoginViewModel modelFor(PortalClient client) {
        return new LoginViewModel(client, TaskRunner.inline(), new When(ZoneId.of("Europe/London")), server.clock(),
                new SavedData(home, new CacheKey(1_000)), new LoginViewModel.Outcome() {
                    @Override
                    public void signedIn(SessionInfo session, char[] password) {
                        signedIn.set(session);
                        handedPassword.set(new String(password));
                    }

                    @Override
                    public void openedSavedData(LocalCache cache) {
                        opened.set(cache);
                    }
                });
    }

    @Test
    void saysThePortalIsBusyWhileTheLoginWaitsItsTurnThenGoesOnToTheCode() {
        String council = server.logIn(server.newClient(), DemoUsers.COUNCIL_OFFICER).token();
        Instant now = server.clock().instant();
        // a downtime ending in 4 s: the portal answers 503 with Retry-After: 4, as when too many log in at once
        RawHttp.Answer posted = RawHttp.call(server, "POST", AccountPaths.COUNCIL_NOTICES, council,
                "{\"title\":\"Restart\",\"body\":\"The portal restarts.\",\"startsAt\":\"" + now
                        + "\",\"endsAt\":\"" + now.plusSeconds(4) + "\",\"downtime\":true}",
                Map.of(ApiPaths.IDEMPOTENCY_KEY, UUID.randomUUID().toString()));
        assertEquals(201, posted.status(), posted.body());
        PortalClient client = server.newClient();
        client.pauseWhenBusyWith(pause -> server.clock().advance(pause));
        model = modelFor(client);
        List<String> said = new ArrayList<>();
        model.message().addListener((obs, was, text) -> said.add(text));

        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);

        assertEquals(Step.CODE, model.step().get());
        assertTrue(said.contains("The portal is busy just now. Trying again in 4 seconds."), said.toString());
        assertEquals("", model.message().get());
    }

    private void enter(String email, String password) {
        model.email().set(email);
        model.password().set(password);
        model.submit();
    }

    @Test
    void showsWhatIsMissingBesideEachEmptyField() {
        enter("", "");

        assertEquals("Enter your e-mail address.", model.emailError().get());
        assertEquals("Enter your password.", model.passwordError().get());
        assertEquals(Step.CREDENTIALS, model.step().get());
    }

    @Test
    void saysWhatAnEmailAddressLooksLike() {
        enter("helen.marsh", "x");

        assertEquals("Enter an e-mail address like name@example.org.", model.emailError().get());
    }

    @Test
    void movesToTheCodeStepAndForgetsThePassword() {
        enter("  " + DemoUsers.SINGLE_HOME_MANAGER + " ", DemoUsers.PASSWORD);

        assertEquals(Step.CODE, model.step().get());
        assertEquals("h•••@rosewoodlodge.example", model.codeSentTo().get());
        assertTrue(model.password().isEmpty());
    }

    @Test
    void aWrongPasswordIsToldAboveTheFormAndCleared() {
        enter(DemoUsers.SINGLE_HOME_MANAGER, "not-the-password");

        assertTrue(model.message().get().startsWith("The e-mail address or password is not right."));
        assertTrue(model.password().isEmpty());
        assertEquals(DemoUsers.SINGLE_HOME_MANAGER, model.email().get());
    }

    @Test
    void signsInWithTheCodeFromTheEmail() {
        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        model.code().set(" " + server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER) + " ");
        model.finish();

        assertNotNull(signedIn.get());
        assertEquals("Helen Marsh", signedIn.get().user().name());
        assertEquals(DemoUsers.PASSWORD, handedPassword.get(), "handed over once, to open the cache");
    }

    @Test
    void whenThePortalIsUnreachableSavedDataOpensWithThePassword() {
        new SavedData(home, new CacheKey(1_000)).open(DemoUsers.SINGLE_HOME_MANAGER,
                DemoUsers.PASSWORD.toCharArray()).close();
        String address = server.baseUrl();
        server.close();
        model = modelFor(PortalClient.forUrl(address));

        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        assertTrue(model.savedDataAvailable().get());
        assertTrue(model.message().get().endsWith(LoginViewModel.SAVED_DATA_HINT), model.message().get());
        model.openSavedData();

        assertNotNull(opened.get());
        opened.get().close();
        server = TestServer.start();
    }

    @Test
    void aWrongPasswordDoesNotOpenSavedData() {
        new SavedData(home, new CacheKey(1_000)).open(DemoUsers.SINGLE_HOME_MANAGER,
                DemoUsers.PASSWORD.toCharArray()).close();
        model.email().set(DemoUsers.SINGLE_HOME_MANAGER);
        model.password().set("not-the-password");

        model.openSavedData();

        assertEquals("That password does not open the data saved on this computer.", model.passwordError().get());
        assertNull(opened.get());
    }

    @Test
    void noSavedDataIsOfferedToSomeoneWhoNeverLoggedInHere() {
        String address = server.baseUrl();
        server.close();
        model = modelFor(PortalClient.forUrl(address));

        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);

        assertFalse(model.savedDataAvailable().get());
        server = TestServer.start();
    }

    @Test
    void aWrongCodeIsShownBesideTheCodeBox() {
        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        String right = server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER);
        model.code().set(right.equals("123456") ? "654321" : "123456");
        model.finish();

        assertEquals("That code is not right. You have 4 tries left.", model.codeError().get());
        assertEquals(Step.CODE, model.step().get());
        assertNull(signedIn.get());
    }

    @Test
    void aCodeThatIsNotSixDigitsIsRefusedBeforeSending() {
        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        model.code().set("12 34");
        model.finish();

        assertEquals("The code is the 6 digits from the e-mail.", model.codeError().get());
    }

    @Test
    void anExpiredCodeGoesBackToTheStartWithTheReason() {
        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        model.code().set(server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER));
        server.clock().advance(Duration.ofMinutes(11));
        model.finish();

        assertEquals(Step.CREDENTIALS, model.step().get());
        assertTrue(model.message().get().startsWith("This code has expired"), model.message().get());
    }

    @Test
    void downtimeRefusalShowsTheNoticeAndWhenItEnds() {
        server.clock().set(TestServer.DURING_DOWNTIME);
        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);

        assertTrue(model.message().get().contains("Login is blocked until 07:00 on Monday 30 November 2026"),
                model.message().get());
    }

    @Test
    void showsPlannedDowntimeAndTheDemoInboxBeforeLogin() {
        model.loadPortalStatus();

        assertEquals("Westbridge County Council", model.councilName().get());
        assertEquals("Planned downtime: payments system upgrade", model.downtimeTitle().get());
        assertTrue(model.downtimeText().get().startsWith(
                "From 18:00 on Saturday 28 November to 07:00 on Monday 30 November."), model.downtimeText().get());
        assertTrue(model.demoInbox().get());
    }

    @Test
    void saysSoWhenThePortalCannotBeReached() {
        String address = server.baseUrl();
        server.close();
        model = modelFor(PortalClient.forUrl(address));

        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);

        assertEquals(UserMessages.UNREACHABLE, model.message().get());
        server = TestServer.start();
    }

    @Test
    void theDemoInboxCodeCanBeUsed() {
        enter(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        AtomicReference<String> code = new AtomicReference<>();
        model.loadDemoInbox(mails -> code.set(LoginViewModel.codeIn(mails.get(0))));

        assertEquals(server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER), code.get());
    }

    @Test
    void youHaveLoggedOutIsInformationAndAProblemAfterItIsNot() {
        model.tell("You have logged out.");
        assertTrue(model.messageIsInformation().get());

        model.tellProblem("The data saved on this computer could not be opened.");
        assertFalse(model.messageIsInformation().get());

        model.tell("You have logged out.");
        model.email().set("not-an-address");
        model.submit();
        assertFalse(model.messageIsInformation().get() && !model.message().get().isEmpty());
    }

    @Test
    void forgottenPasswordStartsFromTheEmailTypedSoFar() {
        AtomicReference<String> asked = new AtomicReference<>();
        model.onForgottenPassword(asked::set);
        model.email().set("  " + DemoUsers.SINGLE_HOME_MANAGER + " ");
        model.password().set("half typed");

        model.forgottenPassword();

        assertEquals(DemoUsers.SINGLE_HOME_MANAGER, asked.get());
        assertTrue(model.password().isEmpty(), "what was typed is wiped");
    }
}
