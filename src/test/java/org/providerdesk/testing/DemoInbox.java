package org.providerdesk.testing;

import java.util.List;
import org.providerdesk.api.DemoMail;

/** Waits for mail the server sends in the background (password resets and changes) to reach the demo inbox. */
public final class DemoInbox {

    private static final long WAIT_MILLIS = 10_000;

    private DemoInbox() {
    }

    /** The newest mail to {@code email} with this subject; fails when none comes within ten seconds. */
    public static DemoMail await(TestServer server, String email, String subject) {
        return await(server, email, subject, 1);
    }

    /** The newest mail to {@code email} with this subject, once at least {@code mails} of them have arrived. */
    public static DemoMail await(TestServer server, String email, String subject, int mails) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            List<DemoMail> matching = matching(server, email, subject);
            if (matching.size() >= mails) {
                return matching.get(0);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("No mail \"" + subject + "\" to " + email);
            }
            pause();
        }
    }

    /** How many mails with this subject the inbox holds for {@code email}. */
    public static long count(TestServer server, String email, String subject) {
        return matching(server, email, subject).size();
    }

    /** Newest first, from one look at the inbox. */
    private static List<DemoMail> matching(TestServer server, String email, String subject) {
        return server.newClient().demoInbox().stream()
                .filter(mail -> mail.to().equals(email) && mail.subject().equals(subject))
                .toList();
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
