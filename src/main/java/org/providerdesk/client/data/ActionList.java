package org.providerdesk.client.data;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.api.ActionView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.Actions;

/**
 * The provider's actions, open only or all, with the summary (green, amber or red and the counts) worked out
 * with the domain rules as of {@code today}: a cached action's {@code overdue} is judged again from its due date.
 */
public final class ActionList {

    /** The actions shown and the summary of the open ones. */
    public record Listing(List<ActionView> actions, ActionSummary summary) {
    }

    private final CacheRows rows;

    public ActionList(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public Listing list(long providerId, boolean openOnly, LocalDate today) {
        List<ActionView> actions = rows.list(ActionView.class, "SELECT data FROM c_action WHERE provider_id = ? "
                + (openOnly ? "AND status = 'OPEN' " : "") + "ORDER BY due_date, id", providerId).stream()
                .map(action -> judged(action, today)).toList();
        long open;
        long overdue;
        if (openOnly) {
            open = actions.size();
            overdue = actions.stream().filter(ActionView::overdue).count();
        } else {
            open = actions.stream().filter(action -> action.status() == ActionStatus.OPEN).count();
            overdue = actions.stream().filter(ActionView::overdue).count();
        }
        return new Listing(actions, new ActionSummary(Actions.level(open, overdue), open, overdue));
    }

    public Optional<ActionView> find(long providerId, long actionId, LocalDate today) {
        return rows.first(ActionView.class, "SELECT data FROM c_action WHERE provider_id = ? AND id = ?", providerId,
                actionId).map(action -> judged(action, today));
    }

    static ActionView judged(ActionView a, LocalDate today) {
        boolean overdue = a.dueDate() != null && Actions.isOverdue(a.status(), a.dueDate(), today);
        if (overdue == a.overdue()) {
            return a;
        }
        return new ActionView(a.id(), a.providerId(), a.type(), a.relatedTo(), a.clientId(), a.clientName(),
                a.clientReference(), a.lineItemId(), a.assignedTeam(), a.title(), a.text(), a.status(), a.outcome(),
                a.dueDate(), overdue, a.raisedAt(), a.raisedBy(), a.lastActivityAt(), a.closedAt(), a.variation());
    }
}
