package org.providerdesk.server.actions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ActionCommentView;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.TeamView;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.Actions;
import org.providerdesk.domain.CommentSide;
import org.providerdesk.domain.DayOrWeek;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.Variation;
import org.providerdesk.server.db.Jdbc;

/**
 * Reads actions and their comments. Provider reads always name the provider, so another provider's id is simply
 * not found; council reads do not.
 */
final class ActionQueries {

    private static final String ACTION = "SELECT a.id, a.provider_id, a.type, a.related_to, a.client_id, "
            + "c.first_name, c.last_name, c.council_reference, a.line_item_id, a.assigned_team_code, "
            + "t.name AS team_name, a.title, a.text, a.status, a.outcome, a.due_date, u.display_name AS raised_by, "
            + "a.raised_at, a.last_activity_at, a.closed_at, a.change_no, a.contracted_hours, a.day_or_week, "
            + "a.actual_hours, a.reason, a.extra_value, a.variation_start, a.variation_end FROM action a "
            + "JOIN client c ON c.id = a.client_id JOIN team t ON t.code = a.assigned_team_code "
            + "JOIN app_user u ON u.id = a.raised_by ";
    private static final String COMMENT = "SELECT m.id, m.action_id, m.side, m.author_name, m.assigned_team_code, "
            + "t.name AS team_name, m.text, m.created_at, m.change_no FROM action_comment m "
            + "JOIN team t ON t.code = m.assigned_team_code ";

    private final Jdbc jdbc;

    ActionQueries(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The state a write decides on; read after taking change numbers, so no other write is in between. */
    record State(long id, long providerId, ActionType type, ActionStatus status, String teamCode) {
    }

    List<TeamView> teams() {
        return jdbc.list("SELECT code, name FROM team ORDER BY sort_order, name",
                row -> new TeamView(row.getString("code"), row.getString("name")));
    }

    boolean teamExists(String code) {
        return jdbc.count("SELECT COUNT(*) FROM team WHERE code = ?", code) > 0;
    }

    int dueWorkingDays(ActionType type) {
        return jdbc.first("SELECT due_working_days FROM action_type_setting WHERE type = ?", row -> row.getInt(1),
                type).orElse(Actions.DEFAULT_DUE_WORKING_DAYS);
    }

    String userName(long userId) {
        return jdbc.first("SELECT display_name FROM app_user WHERE id = ?", row -> row.getString(1), userId)
                .orElseThrow();
    }

    /** A client who has (or had) a line item with the provider. */
    boolean isClientOf(long providerId, long clientId) {
        return jdbc.count("SELECT COUNT(*) FROM line_item WHERE provider_id = ? AND client_id = ?", providerId,
                clientId) > 0;
    }

    /** @return the client of the provider's line item */
    Optional<Long> clientOfLineItem(long providerId, long lineItemId) {
        return jdbc.first("SELECT client_id FROM line_item WHERE provider_id = ? AND id = ?", row -> row.getLong(1),
                providerId, lineItemId);
    }

    Optional<State> state(Long providerId, long actionId) {
        String sql = "SELECT id, provider_id, type, status, assigned_team_code FROM action WHERE id = ?";
        Object[] params = providerId == null ? new Object[] {actionId} : new Object[] {actionId, providerId};
        return jdbc.first(providerId == null ? sql : sql + " AND provider_id = ?",
                row -> new State(row.getLong(1), row.getLong(2), ActionType.valueOf(row.getString(3)),
                        ActionStatus.valueOf(row.getString(4)), row.getString(5)), params);
    }

    Optional<ActionView> forProvider(long providerId, long actionId, LocalDate today) {
        return jdbc.first(ACTION + "WHERE a.provider_id = ? AND a.id = ?", row -> action(row, today), providerId,
                actionId);
    }

    Optional<ActionView> forCouncil(long actionId, LocalDate today) {
        return jdbc.first(ACTION + "WHERE a.id = ?", row -> action(row, today), actionId);
    }

    /** Most recently active first, after {@code after} (last activity and id of the previous page's last) if given. */
    List<ActionView> ofProvider(long providerId, boolean openOnly, java.time.Instant afterActivity, Long afterId,
            int limit, LocalDate today) {
        List<Object> params = new ArrayList<>(List.of(providerId));
        String keyset = "";
        if (afterActivity != null) {
            keyset = "AND (a.last_activity_at < ? OR (a.last_activity_at = ? AND a.id < ?)) ";
            params.addAll(List.of(afterActivity, afterActivity, afterId));
        }
        params.add(limit);
        return jdbc.list(ACTION + "WHERE a.provider_id = ? " + (openOnly ? "AND a.status = 'OPEN' " : "") + keyset
                + "ORDER BY a.last_activity_at DESC, a.id DESC LIMIT ?", row -> action(row, today), params.toArray());
    }

    /** Soonest due first: what the council's teams should answer next. */
    List<ActionView> forCouncil(String teamCode, boolean openOnly, LocalDate afterDue, Long afterId, int limit,
            LocalDate today) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder("WHERE 1 = 1 ");
        if (afterDue != null) {
            where.append("AND (a.due_date > ? OR (a.due_date = ? AND a.id > ?)) ");
            params.addAll(List.of(afterDue, afterDue, afterId));
        }
        if (teamCode != null) {
            where.append("AND a.assigned_team_code = ? ");
            params.add(teamCode);
        }
        if (openOnly) {
            where.append("AND a.status = 'OPEN' ");
        }
        params.add(limit);
        return jdbc.list(ACTION + where + "ORDER BY a.due_date, a.id LIMIT ?", row -> action(row, today),
                params.toArray());
    }

    /** A page of an action's comments, oldest first: at most {@code limit}, after {@code after} (null: from the start). */
    List<ActionCommentView> comments(long actionId, CommentCursor after, int limit) {
        if (after == null) {
            return jdbc.list(COMMENT + "WHERE m.action_id = ? ORDER BY m.created_at, m.id LIMIT ?",
                    ActionQueries::comment, actionId, limit);
        }
        return jdbc.list(COMMENT + "WHERE m.action_id = ? AND (m.created_at, m.id) > (?, ?) "
                + "ORDER BY m.created_at, m.id LIMIT ?", ActionQueries::comment, actionId, after.createdAt(),
                after.id(), limit);
    }

    /** Where a page of comments starts: after the comment written at this time with this id. */
    record CommentCursor(Instant createdAt, long id) {
    }

    ActionSummary summary(long providerId, LocalDate today) {
        return jdbc.first("SELECT COUNT(*), SUM(CASE WHEN due_date < ? THEN 1 ELSE 0 END) FROM action "
                + "WHERE provider_id = ? AND status = 'OPEN'", row -> {
                    long open = row.getLong(1);
                    long overdue = row.getLong(2);
                    return new ActionSummary(Actions.level(open, overdue), open, overdue);
                }, today, providerId).orElseThrow();
    }

    Jdbc.RowCursor<ActionView> actionsChangedAfter(long providerId, long after, int limit, LocalDate today) {
        return jdbc.cursor(ACTION + "WHERE a.provider_id = ? AND a.change_no > ? ORDER BY a.provider_id, a.change_no LIMIT ?",
                row -> action(row, today), providerId, after, limit);
    }

    /**
     * A comment belongs to the provider of its action, which it carries. The page's comments are picked first by
     * the (provider, change number) index, whose order and limit stop the walk, then joined: joining first made
     * every page sort all of the provider's remaining comments.
     */
    Jdbc.RowCursor<ActionCommentView> commentsChangedAfter(long providerId, long after, int limit) {
        return jdbc.cursor("SELECT m.id, m.action_id, m.side, m.author_name, m.assigned_team_code, t.name AS team_name, "
                + "m.text, m.created_at, m.change_no FROM (SELECT c.* FROM action_comment c WHERE c.provider_id = ? "
                + "AND c.change_no > ? ORDER BY c.provider_id, c.change_no LIMIT ?) m "
                + "JOIN team t ON t.code = m.assigned_team_code ORDER BY m.change_no",
                ActionQueries::comment, providerId, after, limit);
    }

    private static ActionView action(ResultSet row, LocalDate today) throws SQLException {
        ActionStatus status = ActionStatus.valueOf(row.getString("status"));
        LocalDate due = row.getObject("due_date", LocalDate.class);
        String outcome = row.getString("outcome");
        Long lineItem = row.getObject("line_item_id", Long.class);
        return new ActionView(row.getLong("id"), row.getLong("provider_id"), ActionType.valueOf(row.getString("type")),
                RelatedTo.valueOf(row.getString("related_to")), row.getLong("client_id"),
                row.getString("first_name") + " " + row.getString("last_name"), row.getString("council_reference"),
                lineItem, team(row), row.getString("title"),
                row.getString("text"), status, outcome == null ? null : ActionOutcome.valueOf(outcome), due,
                Actions.isOverdue(status, due, today), Jdbc.instant(row, "raised_at"), row.getString("raised_by"),
                Jdbc.instant(row, "last_activity_at"), Jdbc.instant(row, "closed_at"), variation(row));
    }

    private static Variation variation(ResultSet row) throws SQLException {
        String dayOrWeek = row.getString("day_or_week");
        if (dayOrWeek == null) {
            return null;
        }
        return new Variation(row.getBigDecimal("contracted_hours"), DayOrWeek.valueOf(dayOrWeek),
                row.getBigDecimal("actual_hours"), row.getString("reason"), row.getBigDecimal("extra_value"),
                row.getObject("variation_start", LocalDate.class), row.getObject("variation_end", LocalDate.class));
    }

    private static ActionCommentView comment(ResultSet row) throws SQLException {
        return new ActionCommentView(row.getLong("id"), row.getLong("action_id"),
                CommentSide.valueOf(row.getString("side")), row.getString("author_name"), team(row),
                row.getString("text"), Jdbc.instant(row, "created_at"));
    }

    private static TeamView team(ResultSet row) throws SQLException {
        return new TeamView(row.getString("assigned_team_code"), row.getString("team_name"));
    }
}
