package org.providerdesk.server.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.NoticeView;
import org.providerdesk.domain.Notice;
import org.providerdesk.server.db.Jdbc;

/** Reads and writes provider notices. */
public final class NoticeRepository {

    private static final String COLUMNS = "id, title, body, starts_at, ends_at, downtime";

    private final Jdbc jdbc;

    public NoticeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public long create(Notice notice, Instant createdAt) {
        return jdbc.insert("INSERT INTO notice (title, body, starts_at, ends_at, downtime, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", notice.title(), notice.body(), notice.startsAt(), notice.endsAt(),
                notice.downtime(), createdAt);
    }

    /** Notices in force or still to come, downtime first, then by start. */
    public List<Notice> visibleAt(Instant now) {
        return jdbc.list("SELECT " + COLUMNS + " FROM notice WHERE ends_at IS NULL OR ends_at > ? "
                + "ORDER BY downtime DESC, starts_at", NoticeRepository::map, now);
    }

    /** The downtime notice that blocks login now, if any (the one that ends last, when several overlap). */
    public Optional<Notice> downtimeInForce(Instant now) {
        return jdbc.first("SELECT " + COLUMNS + " FROM notice WHERE downtime = TRUE AND starts_at <= ? "
                + "AND (ends_at IS NULL OR ends_at > ?) ORDER BY ends_at DESC NULLS FIRST", NoticeRepository::map,
                now, now);
    }

    public static NoticeView toView(Notice notice, Instant now) {
        return new NoticeView(notice.id(), notice.title(), notice.body(), notice.startsAt(), notice.endsAt(),
                notice.downtime(), notice.isInForceAt(now));
    }

    private static Notice map(ResultSet row) throws SQLException {
        return new Notice(row.getLong("id"), row.getString("title"), row.getString("body"),
                Jdbc.instant(row, "starts_at"), Jdbc.instant(row, "ends_at"), row.getBoolean("downtime"));
    }
}
