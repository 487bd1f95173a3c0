package org.providerdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.providerdesk.api.LoginChallenge;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.server.demo.DemoUsers;
import org.providerdesk.testing.RawHttp;
import org.providerdesk.testing.TestServer;

class SmtpDeliveryTest {

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Test
    void theCodeArrivesByRealSmtpAndLogsTheUserIn() throws Exception {
        try (TestServer server = TestServer.start("127.0.0.1:" + MAIL.getSmtp().getPort())) {
            PortalClient client = server.newClient();
            LoginChallenge challenge = client.startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD);

            assertTrue(MAIL.waitForIncomingEmail(5000, 1));
            MimeMessage message = MAIL.getReceivedMessages()[0];
            assertEquals(DemoUsers.SINGLE_HOME_MANAGER, message.getAllRecipients()[0].toString());
            assertEquals("Your Provider Portal authentication code", message.getSubject());
            String code = TestServer.codeIn(GreenMailUtil.getBody(message));

            assertNotNull(client.finishLogin(challenge.attemptId(), code).token());
        }
    }

    @Test
    void aServerWithSmtpHasNoDemoInbox() {
        try (TestServer server = TestServer.start("127.0.0.1:" + MAIL.getSmtp().getPort())) {
            assertEquals(404, RawHttp.get(server, "/api/v1/demo/inbox", null).status());
        }
    }

    @Test
    void saysSoWhenTheMailServerIsDown() throws Exception {
        int nobodyListens = freePort();
        try (TestServer server = TestServer.start("127.0.0.1:" + nobodyListens)) {
            PortalException refused = assertThrows(PortalException.class,
                    () -> server.newClient().startLogin(DemoUsers.SINGLE_HOME_MANAGER, DemoUsers.PASSWORD));
            assertEquals(503, refused.status());
            assertTrue(refused.isOfType(ProblemTypes.MAIL_FAILED));
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
