package org.providerdesk.testing;

import java.util.List;
import java.util.Optional;
import org.providerdesk.api.DemoMail;

/** Waits for mail the server sends in the background (password resets and changes) to reach the demo inbox. */
public final class DemoInbox {

    private static final long WAIT_MILLIS = 10_000;

    private DemoInbox() {
    }

    /** The newest mail to {@code email} with this subject; fails when none comes within ten seconds. */
    public static DemoMail await(TestServer server, String email, String subject) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            Optional<DemoMail> mail = find(server, email, subject);
            if (mail.isPresent()) {
                return mail.get();
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("No mail \"" + subject + "\" to " + email);
            }
            pause();
        }
    }

    /** How many mails with this subject the inbox holds for {@code email}. */
    public static long count(TestServer server, String email, String subject) {
        return all(server).stream().filter(mail -> mail.to().equals(email) && mail.subject().equals(subject)).count();
    }

    private static Optional<DemoMail> find(TestServer server, String email, String subject) {
        return all(server).stream()
                .filter(mail -> mail.to().equals(email) && mail.subject().equals(subject))
                .findFirst();
    }

    private static List<DemoMail> all(TestServer server) {
        return server.newClient().demoInbox();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for mail", e);
        }
    }
}
