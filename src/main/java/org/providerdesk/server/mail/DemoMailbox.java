package org.providerdesk.server.mail;

import java.time.Clock;
import java.util.List;
import org.providerdesk.api.DemoMail;
import org.providerdesk.server.db.Jdbc;

/** A demo server's mail: kept in the database instead of sent, newest first, for the "Demo inbox". */
public final class DemoMailbox implements Mailer {

    private static final int KEEP = 50;

    private final Jdbc jdbc;
    private final Clock clock;

    public DemoMailbox(Jdbc jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void send(String to, String subject, String body) {
        jdbc.inTransaction(() -> {
            jdbc.insert("INSERT INTO demo_mail (sent_at, recipient, subject, body) VALUES (?, ?, ?, ?)",
                    clock.instant(), to, subject, body);
            jdbc.update("DELETE FROM demo_mail WHERE id NOT IN "
                    + "(SELECT id FROM demo_mail ORDER BY id DESC LIMIT " + KEEP + ")");
            return null;
        });
    }

    public List<DemoMail> latest(int limit) {
        return jdbc.list("SELECT sent_at, recipient, subject, body FROM demo_mail ORDER BY id DESC LIMIT ?",
                row -> new DemoMail(Jdbc.instant(row, "sent_at"), row.getString("recipient"),
                        row.getString("subject"), row.getString("body")),
                limit);
    }
}
