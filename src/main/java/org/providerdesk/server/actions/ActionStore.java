package org.providerdesk.server.actions;

import java.time.Instant;
import java.time.LocalDate;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.Variation;
import org.providerdesk.server.db.Jdbc;

/** Writes actions and comments. Callers run it inside their transaction and hand it change numbers. */
final class ActionStore {

    private final Jdbc jdbc;

    ActionStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** A checked request to raise an action, with its client resolved and its due date worked out. */
    record NewAction(long providerId, ActionType type, RelatedTo relatedTo, long clientId, Long lineItemId,
            String teamCode, String title, String text, LocalDate dueDate, long raisedBy, Instant raisedAt,
            Variation variation) {

        @Override
        public String toString() {
            return "NewAction[providerId=" + providerId + ", type=" + type + "]";
        }
    }

    /** A comment to add. */
    record NewComment(long actionId, CommentSide side, long authorUserId, String authorName, String teamCode,
            String text, Instant createdAt) {

        @Override
        public String toString() {
            return "NewComment[actionId=" + actionId + ", side=" + side + "]";
        }
    }

    long raise(NewAction a, long changeNo) {
        Variation v = a.variation();
        return jdbc.insert("INSERT INTO action (provider_id, type, related_to, client_id, line_item_id, "
                + "assigned_team_code, title, text, status, due_date, raised_by, raised_at, last_activity_at, "
                + "change_no, contracted_hours, day_or_week, actual_hours, reason, extra_value, variation_start, "
                + "variation_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                a.providerId(), a.type(), a.relatedTo(), a.clientId(), a.lineItemId(), a.teamCode(), a.title(),
                a.text(), ActionStatus.OPEN, a.dueDate(), a.raisedBy(), a.raisedAt(), a.raisedAt(), changeNo,
                v == null ? null : v.contractedHours(), v == null ? null : v.dayOrWeek(),
                v == null ? null : v.actualHours(), v == null ? null : v.reason(), v == null ? null : v.extraValue(),
                v == null ? null : v.from(), v == null ? null : v.to());
    }

    /** A comment with its action's provider; parameters: action, side, author, name, team, text, time, change, action. */
    private static final String INSERT_COMMENT = "INSERT INTO action_comment (provider_id, action_id, side, "
            + "author_user_id, author_name, assigned_team_code, text, created_at, change_no) "
            + "SELECT a.provider_id, ?, ?, ?, ?, ?, ?, ?, ? FROM action a WHERE a.id = ?";

    long addComment(NewComment c, long changeNo) {
        return jdbc.insert(INSERT_COMMENT, c.actionId(), c.side(), c.authorUserId(), c.authorName(), c.teamCode(),
                c.text(), c.createdAt(), changeNo, c.actionId());
    }

    /** A reply moves the action to the reply's team and counts as activity. */
    void replied(long actionId, String teamCode, Instant at, long changeNo) {
        jdbc.update("UPDATE action SET assigned_team_code = ?, last_activity_at = ?, change_no = ? WHERE id = ?",
                teamCode, at, changeNo, actionId);
    }

    /** @param outcome null unless a variation */
    void closed(long actionId, String teamCode, ActionOutcome outcome, Instant at, long changeNo) {
        jdbc.update("UPDATE action SET assigned_team_code = ?, last_activity_at = ?, change_no = ?, status = ?, "
                + "outcome = ?, closed_at = ? WHERE id = ?", teamCode, at, changeNo, ActionStatus.CLOSED, outcome, at,
                actionId);
    }
}
