package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.api.LoginChallenge;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.domain.Role;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class LoginTest {

    private TestServer server;
    private PortalClient client;

    @BeforeEach
    void startServer() {
        server = TestServer.start();
        client = server.newClient();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void logsInWithPasswordAndTheEmailedCode() {
        LoginChallenge challenge = client.startLogin(DemoUsers.GROUP_ADMINISTRATOR, DemoUsers.PASSWORD);
        assertEquals("p•••@oakleafcare.example", challenge.sentTo());
        assertEquals(TestServer.MONDAY_MORNING.plus(Duration.ofMinutes(10)), challenge.expiresAt());

        SessionInfo session = client.finishLogin(challenge.attemptId(),
                server.latestCodeFor(DemoUsers.GROUP_ADMINISTRATOR));

        assertTrue(session.token().length() >= 43, "a 256-bit token");
        assertEquals("Priya Shah", session.user().name());
        assertEquals(Role.PROVIDER, session.user().role());
        assertEquals(3, session.user().providers().size());
        assertEquals("Priya Shah", client.me().name());
    }

    @Test
    void unknownEmailAndWrongPasswordGetTheSameAnswer() {
        PortalException unknown = assertThrows(PortalException.class,
                () -> client.startLogin("nobody@nowhere.example", DemoUsers.PASSWORD));
        PortalException wrong = assertThrows(PortalException.class,
                () -> client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, "not-the-password"));

        assertEquals(401, unknown.status());
        assertEquals(unknown.problem(), wrong.problem());
    }

    @Test
    void rejectsCodeAfterFiveWrongAttempts() {
        LoginChallenge challenge = client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        String rightCode = server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER);
        String wrongCode = rightCode.equals("000000") ? "111111" : "000000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            PortalException refused = assertThrows(PortalException.class,
                    () -> client.finishLogin(challenge.attemptId(), wrongCode));
            assertTrue(refused.isOfType(ProblemTypes.WRONG_CODE));
            assertTrue(refused.getMessage().contains((5 - attempt) + (attempt == 4 ? " try" : " tries")),
                    refused.getMessage());
        }
        PortalException fifth = assertThrows(PortalException.class,
                () -> client.finishLogin(challenge.attemptId(), wrongCode));
        assertTrue(fifth.isOfType(ProblemTypes.LOGIN_ATTEMPT_ENDED));

        PortalException afterwards = assertThrows(PortalException.class,
                () -> client.finishLogin(challenge.attemptId(), rightCode));
        assertTrue(afterwards.isOfType(ProblemTypes.LOGIN_ATTEMPT_ENDED));
        assertFalse(client.isSignedIn());
    }

    @Test
    void parallelGuessesNeverCompareMoreThanFiveCodes() throws Exception {
        LoginChallenge challenge = client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        String rightCode = server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER);
        int guesses = 24;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(guesses);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<RawHttp.Answer>> answers = new java.util.ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String guess = String.format("%06d", (Integer.parseInt(rightCode) + 1 + i) % 1_000_000);
            answers.add(pool.submit(() -> {
                go.await();
                return RawHttp.post(server, org.providerdesk.api.ApiPaths.LOGIN_CODE, null,
                        "{\"attemptId\":\"" + challenge.attemptId() + "\",\"code\":\"" + guess + "\"}");
            }));
        }
        go.countDown();
        for (java.util.concurrent.Future<RawHttp.Answer> answer : answers) {
            assertEquals(401, answer.get().status(), answer.get().body());
        }
        pool.shutdown();

        long compared = server.server().database().jdbc().count("SELECT COUNT(*) FROM audit_event WHERE "
                + "action = 'login.code-refused'");
        assertTrue(compared <= 5, compared + " codes were compared");
        PortalException afterwards = assertThrows(PortalException.class,
                () -> client.finishLogin(challenge.attemptId(), rightCode));
        assertTrue(afterwards.isOfType(ProblemTypes.LOGIN_ATTEMPT_ENDED));
    }

    @Test
    void rejectsACodeAfterTenMinutes() {
        LoginChallenge challenge = client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        String code = server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER);
        server.clock().advance(Duration.ofMinutes(10));

        PortalException expired = assertThrows(PortalException.class,
                () -> client.finishLogin(challenge.attemptId(), code));
        assertTrue(expired.isOfType(ProblemTypes.CODE_EXPIRED));
    }

    @Test
    void acceptsACodeJustBeforeItExpires() {
        LoginChallenge challenge = client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        String code = server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER);
        server.clock().advance(Duration.ofMinutes(10).minusSeconds(1));

        assertNotNull(client.finishLogin(challenge.attemptId(), code).token());
    }

    @Test
    void aCodeWorksOnlyOnce() {
        LoginChallenge challenge = client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        String code = server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER);
        client.finishLogin(challenge.attemptId(), code);

        PortalException again = assertThrows(PortalException.class,
                () -> server.newClient().finishLogin(challenge.attemptId(), code));
        assertTrue(again.isOfType(ProblemTypes.LOGIN_ATTEMPT_ENDED));
    }

    @Test
    void aCodeOnlyWorksForTheAttemptItWasSentFor() {
        LoginChallenge first = client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        String codeOfSecond = server.latestCodeFor(DemoUsers.SINGLE_HOME_MANAGER);

        PortalException refused = assertThrows(PortalException.class,
                () -> client.finishLogin(first.attemptId(), codeOfSecond));
        assertTrue(refused.isOfType(ProblemTypes.WRONG_CODE));
    }

    @Test
    void refusesLoginDuringDowntimeWithTheNoticesWordsAndItsEnd() {
        server.clock().set(TestServer.DURING_DOWNTIME);

        PortalException refused = assertThrows(PortalException.class,
                () -> client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD));

        assertEquals(503, refused.status());
        assertTrue(refused.isOfType(ProblemTypes.DOWNTIME));
        assertEquals("Planned downtime: payments system upgrade", refused.problem().title());
        assertTrue(refused.getMessage().startsWith("The Provider Portal will be offline"), refused.getMessage());
        assertTrue(refused.getMessage().endsWith("Login is blocked until 07:00 on Monday 30 November 2026."),
                refused.getMessage());
    }

    @Test
    void councilStaffCanStillLogInDuringDowntimeToEndIt() {
        server.clock().set(TestServer.DURING_DOWNTIME);

        SessionInfo council = server.logIn(client, DemoUsers.COUNCIL_OFFICER);

        assertEquals(Role.COUNCIL, council.user().role());
    }

    @Test
    void aWrongPasswordDuringDowntimeIsStillJustAWrongPassword() {
        server.clock().set(TestServer.DURING_DOWNTIME);

        PortalException refused = assertThrows(PortalException.class,
                () -> client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, "not-the-password"));

        assertEquals(401, refused.status());
    }

    @Test
    void letsUsersInAgainWhenDowntimeEnds() {
        server.clock().set(Instant.parse("2026-11-30T07:00:00Z"));

        assertNotNull(server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).token());
    }

    @Test
    void logoutRevokesTheSessionOnTheServer() {
        SessionInfo session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        assertEquals(200, RawHttp.get(server, "/api/v1/me", session.token()).status());
        client.logout();

        assertFalse(client.isSignedIn());
        RawHttp.Answer afterLogout = RawHttp.get(server, "/api/v1/me", session.token());
        assertEquals(401, afterLogout.status());
        assertEquals("application/problem+json", afterLogout.contentType());
    }

    @Test
    void sessionEndsAfterThirtyMinutesWithoutARequest() {
        SessionInfo session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        server.clock().advance(Duration.ofMinutes(29));
        client.me();
        server.clock().advance(Duration.ofMinutes(29));
        client.me();
        server.clock().advance(Duration.ofMinutes(30));

        PortalException refused = assertThrows(PortalException.class, () -> client.me());
        assertTrue(refused.isOfType(ProblemTypes.NOT_SIGNED_IN));
        assertEquals(30 * 60, session.idleTimeoutSeconds());
    }

    @Test
    void backgroundSyncDoesNotKeepAnUnattendedSessionAlive() {
        SessionInfo session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        String changes = "/api/v1/providers/" + session.user().providers().get(0).id() + "/changes?limit=1";
        java.util.Map<String, String> background = java.util.Map.of(
                org.providerdesk.api.ApiPaths.BACKGROUND_HEADER, "true");

        for (int minutes = 0; minutes < 30; minutes += 10) {
            server.clock().advance(Duration.ofMinutes(10));
            assertEquals(minutes < 20 ? 200 : 401,
                    RawHttp.call(server, "GET", changes, session.token(), null, background).status());
        }
    }

    @Test
    void theSameReadWithoutTheBackgroundMarkCountsAsActivity() {
        SessionInfo session = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        String changes = "/api/v1/providers/" + session.user().providers().get(0).id() + "/changes?limit=1";

        for (int i = 0; i < 4; i++) {
            server.clock().advance(Duration.ofMinutes(10));
            assertEquals(200, RawHttp.get(server, changes, session.token()).status());
        }
    }

    @Test
    void sessionEndsAfterTwelveHoursHoweverBusy() {
        server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        for (int i = 0; i < 24; i++) {
            server.clock().advance(Duration.ofMinutes(29));
            client.me();
        }
        server.clock().advance(Duration.ofMinutes(25));

        assertThrows(PortalException.class, () -> client.me());
    }

    @Test
    void eachLoginGetsANewToken() {
        String first = server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).token();
        String second = server.logIn(server.newClient(), DemoUsers.SINGLE_HOME_MANAGER).token();

        assertFalse(first.equals(second));
    }

    @Test
    void throttlesRepeatedWrongPasswordsAndLetsTheUserTryAgainLater() {
        for (int i = 0; i < 5; i++) {
            assertEquals(401, assertThrows(PortalException.class,
                    () -> client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, "wrong-password")).status());
        }
        PortalException throttled = assertThrows(PortalException.class,
                () -> client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD));
        assertEquals(429, throttled.status());
        assertTrue(throttled.getMessage().contains("wait 15 minutes"), throttled.getMessage());

        server.clock().advance(Duration.ofMinutes(15).plusSeconds(1));
        assertNotNull(server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER).token());
    }

    @Test
    void doesNotEmailMoreThanFiveCodesInFifteenMinutes() {
        for (int i = 0; i < 5; i++) {
            client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);
        }
        PortalException throttled = assertThrows(PortalException.class,
                () -> client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD));
        assertEquals(429, throttled.status());
    }

    @Test
    void recordsLoginAndLogoutInTheAuditTrail() {
        server.logIn(client, DemoUsers.SINGLE_HOME_MANAGER);
        client.logout();

        var audit = new org.providerdesk.server.audit.AuditLog(server.server().database().jdbc(), server.clock());
        assertEquals(1, audit.countFor("login"));
        assertEquals(1, audit.countFor("logout"));
    }
}
