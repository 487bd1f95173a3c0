package org.providerdesk.server.notices;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.SyncedNotice;
import org.providerdesk.domain.Notice;
import org.providerdesk.server.db.Jdbc;
import org.providerdesk.server.sync.ChangeNumbers;
import org.providerdesk.server.sync.ChangeSource;

/** Reads and writes provider notices. Notices are a synced kind: every write takes a change number. */
public final class NoticeRepository {

    private static final String COLUMNS = "id, title, body, starts_at, ends_at, downtime";

    private final Jdbc jdbc;
    private final ChangeNumbers changeNumbers;

    public NoticeRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.changeNumbers = new ChangeNumbers(jdbc);
    }

    public long create(Notice notice, Instant createdAt) {
        return jdbc.inTransaction(() -> jdbc.insert("INSERT INTO notice (title, body, starts_at, ends_at, downtime, "
                + "created_at, change_no) VALUES (?, ?, ?, ?, ?, ?, ?)", notice.title(), notice.body(),
                notice.startsAt(), notice.endsAt(), notice.downtime(), createdAt, changeNumbers.next()));
    }

    public Optional<Notice> find(long noticeId) {
        return jdbc.first("SELECT " + COLUMNS + " FROM notice WHERE id = ?", NoticeRepository::map, noticeId);
    }

    /**
     * Notices newest posted first, at most {@code limit}, after the notice {@code afterNotice} (null: from the
     * newest). @return empty when there is no notice {@code afterNotice}
     */
    public Optional<List<Notice>> newestFirst(Long afterNotice, int limit) {
        String order = "ORDER BY created_at DESC, id DESC LIMIT ?";
        if (afterNotice == null) {
            return Optional.of(jdbc.list("SELECT " + COLUMNS + " FROM notice " + order, NoticeRepository::map, limit));
        }
        return jdbc.first("SELECT created_at FROM notice WHERE id = ?", row -> Jdbc.instant(row, "created_at"),
                afterNotice).map(postedAt -> jdbc.list("SELECT " + COLUMNS + " FROM notice WHERE (created_at, id) < "
                        + "(?, ?) " + order, NoticeRepository::map, postedAt, afterNotice, limit));
    }

    /**
     * Ends a notice that has not ended, at {@code now}. A notice still to come is ended too: it then starts a
     * second before, so that it still ends after it starts.
     *
     * @return false when the notice had already ended (or another request ended it first)
     */
    public boolean end(long noticeId, Instant now) {
        return jdbc.inTransaction(() -> {
            Optional<Notice> notice = find(noticeId);
            if (notice.isEmpty()) {
                return false;
            }
            Instant startsAt = notice.get().startsAt().isBefore(now) ? notice.get().startsAt() : now.minusSeconds(1);
            return jdbc.update("UPDATE notice SET starts_at = ?, ends_at = ?, change_no = ? WHERE id = ? "
                    + "AND (ends_at IS NULL OR ends_at > ?)", startsAt, now, changeNumbers.next(), noticeId, now) == 1;
        });
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

    /** The sync feed's source of notices: council-wide, so every provider receives every notice. */
    public ChangeSource changeSource(String kind) {
        return ChangeSource.of(kind, (providerId, after, limit) -> jdbc.list("SELECT " + COLUMNS + ", change_no "
                + "FROM notice WHERE change_no > ? ORDER BY change_no LIMIT ?", row -> {
                    Notice notice = map(row);
                    return new ChangeSource.Row(notice.id(), row.getLong("change_no"), new SyncedNotice(notice.id(),
                            notice.title(), notice.body(), notice.startsAt(), notice.endsAt(), notice.downtime()));
                }, after, limit));
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
