package org.providerdesk.ui.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.DemoInbox;
import org.providerdesk.testing.TestServer;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.login.ForgottenPasswordViewModel.Step;

/** "Forgotten password" without a screen, against the real server. */
class ForgottenPasswordViewModelTest {

    private TestServer server;
    private final AtomicBoolean backAtLogin = new AtomicBoolean();
    private ForgottenPasswordViewModel model;

    @BeforeEach
    void start() {
        server = TestServer.start();
        model = new ForgottenPasswordViewModel(server.newClient(), TaskRunner.inline(), DemoUsers.SINGLE_HOME_MANAGER,
                () -> backAtLogin.set(true));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String sendAndReadCode() {
        model.sendCode();
        assertEquals(Step.CODE, model.step().get());
        return LoginViewModel.codeIn(DemoInbox.await(server, DemoUsers.SINGLE_HOME_MANAGER,
                "Reset your Provider Portal password"));
    }

    @Test
    void aWrongCodeComesBackToTheCodeStepWithTheReasonBesideIt() {
        String code = sendAndReadCode();
        model.code().set(code.equals("000000") ? "111111" : "000000");
        model.next();
        model.newPassword().set("Heather-Lantern-Orchard-2026");
        model.confirmPassword().set("Heather-Lantern-Orchard-2026");

        model.finish();

        assertEquals(Step.CODE, model.step().get());
        assertEquals("That code is not right.", model.codeError().get());
    }

    @Test
    void aWeakPasswordIsRefusedBesideTheFieldAndAGoodOneFinishes() {
        model.code().set(sendAndReadCode());
        model.next();
        model.newPassword().set("password");
        model.confirmPassword().set("password");

        model.finish();

        assertEquals(Step.NEW_PASSWORD, model.step().get());
        assertFalse(model.newPasswordError().get().isEmpty());

        model.newPassword().set("Heather-Lantern-Orchard-2026");
        model.confirmPassword().set("Heather-Lantern-Orchard-2026");
        model.finish();

        assertEquals(Step.DONE, model.step().get());
        assertTrue(model.newPassword().isEmpty() && model.confirmPassword().isEmpty(), "wiped once sent");
        model.backToLogin();
        assertTrue(backAtLogin.get());
        // the new password is the one the portal now takes (a code is sent), through the char[] path
        assertFalse(server.newClient().startLogin(DemoUsers.SINGLE_HOME_MANAGER,
                "Heather-Lantern-Orchard-2026".toCharArray()).attemptId().isEmpty());
    }

    @Test
    void aCodeThatIsNotSixDigitsIsSaidBeforeAnythingIsSent() {
        sendAndReadCode();
        model.code().set("12ab");
        model.next();
        assertEquals(Step.CODE, model.step().get());
        assertEquals("The code is the 6 digits from the e-mail.", model.codeError().get());
    }
}
