package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.providerdesk.api.AccountPaths;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class PasswordResetMailTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void theResetCodeArrivesByRealSmtpAndSetsTheNewPassword() throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1:" + MAIL.getSmtp().getPort())) {
            RawHttp.Answer started = RawHttp.post(server, AccountPaths.PASSWORD_RESET, null,
                    PasswordResetTest.json(Map.of("email", DemoUsers.SINGLE_HOME_MANAGER)));
            assertEquals(202, started.status());

            assertTrue(MAIL.waitForIncomingEmail(5000, 1));
            MimeMessage message = MAIL.getReceivedMessages()[0];
            assertEquals(DemoUsers.SINGLE_HOME_MANAGER, message.getAllRecipients()[0].toString());
            assertEquals(PasswordResetTest.RESET_SUBJECT, message.getSubject());
            String body = GreenMailUtil.getBody(message);
            assertTrue(body.contains("Enter the code from the email in the Code box. Click Next."), body);

            String newPassword = "Orchard-lane-blossom-31";
            RawHttp.Answer confirmed = RawHttp.post(server, AccountPaths.PASSWORD_RESET_CONFIRM, null,
                    PasswordResetTest.json(Map.of("resetId", PasswordResetTest.resetId(started), "code",
                            TestServer.codeIn(body), "newPassword", newPassword, "confirmPassword", newPassword)));
            assertEquals(204, confirmed.status(), confirmed.body());
            assertTrue(MAIL.waitForIncomingEmail(5000, 2));
            assertEquals(PasswordResetTest.CHANGED_SUBJECT, MAIL.getReceivedMessages()[1].getSubject());
            assertNotNull(server.newClient().startLogin(DemoUsers.SINGLE_HOME_MANAGER, newPassword));
        }
    }

    @Test
    void aMailServerThatIsDownDoesNotTellWhetherTheAddressHasAnAccount() {
        try (TestServer server = TestServer.start("127.0.0.1:" + freePort())) {
            RawHttp.Answer known = RawHttp.post(server, AccountPaths.PASSWORD_RESET, null,
                    PasswordResetTest.json(Map.of("email", DemoUsers.SINGLE_HOME_MANAGER)));
            RawHttp.Answer unknown = RawHttp.post(server, AccountPaths.PASSWORD_RESET, null,
                    PasswordResetTest.json(Map.of("email", "nobody@nowhere.example")));

            assertEquals(202, known.status());
            assertEquals(202, unknown.status());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
