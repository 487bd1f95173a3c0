package org.providerdesk.server.mail;

import java.net.InetAddress;
import org.providerdesk.api.ApiPaths;
import org.providerdesk.server.web.Access;
import org.providerdesk.server.web.ApiException;
import org.providerdesk.server.web.Feature;
import org.providerdesk.server.web.RouteTable;
import org.providerdesk.server.web.ServerParts;

/**
 * Mail, wired: the server's one {@link Mailer} (SMTP, or on a demo server the demo mailbox), and on a demo server
 * {@code GET /demo/inbox}, the latest mails, answered only to someone on the server's own computer.
 */
public final class MailFeature implements Feature {

    private static final int DEMO_INBOX_SIZE = 20;

    private final DemoMailbox demoMailbox;
    private final Mailer mailer;

    /**
     * @param smtp "host:port" of the mail server; null keeps mail in the demo mailbox
     * @param from the sender every mail names
     */
    public MailFeature(ServerParts parts, String smtp, String from) {
        this.demoMailbox = smtp == null ? new DemoMailbox(parts.jdbc(), parts.clock()) : null;
        this.mailer = demoMailbox != null ? demoMailbox : SmtpMailer.forAddress(smtp, from);
    }

    public Mailer mailer() {
        return mailer;
    }

    /** Whether mail stays in the demo mailbox (a demo server) instead of going out. */
    public boolean demoMailbox() {
        return demoMailbox != null;
    }

    @Override
    public void register(RouteTable routes) {
        if (demoMailbox == null) {
            return;
        }
        // Codes are readable here: only for someone on the server's own computer, never over the network.
        routes.get(ApiPaths.DEMO_INBOX, Access.DEMO_ONLY, ctx -> {
            if (!InetAddress.getByName(ctx.ip()).isLoopbackAddress()) {
                throw ApiException.notFound("There is nothing at this address.");
            }
            ctx.json(demoMailbox.latest(DEMO_INBOX_SIZE));
        });
    }
}
