package org.providerdesk.client.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.providerdesk.api.ActionSummary;
import org.providerdesk.api.ActionView;
import org.providerdesk.api.ClientView;
import org.providerdesk.api.NewActionRequest;
import org.providerdesk.api.TeamView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.RaiseAction;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.Actions;

/**
 * The provider's actions, open only or all, with the summary (green, amber or red and the counts) worked out
 * with the domain rules as of {@code today}: a cached action's {@code overdue} is judged again from its due date.
 * Actions raised on this desktop and not yet in the cache come last, marked "Waiting to send"; the summary
 * counts the portal's actions only.
 */
public final class ActionList {

    /** The actions shown and the summary of the open ones. */
    public record Listing(List<Listed<ActionView>> actions, ActionSummary summary) {
    }

    private final CacheRows rows;
    private final Overlays overlays;
    private final Clients clients;

    public ActionList(LocalCache cache) {
        this.rows = new CacheRows(cache);
        this.overlays = new Overlays(cache);
        this.clients = new Clients(cache);
    }

    public Listing list(long providerId, boolean openOnly, LocalDate today) {
        List<ActionView> actions = rows.list(ActionView.class, "SELECT data FROM c_action WHERE provider_id = ? "
                + (openOnly ? "AND status = 'OPEN' " : "") + "ORDER BY due_date, id", providerId).stream()
                .map(action -> judged(action, today)).toList();
        long open = actions.stream().filter(action -> action.status() == ActionStatus.OPEN).count();
        long overdue = actions.stream().filter(ActionView::overdue).count();
        List<Listed<ActionView>> shown = new ArrayList<>(actions.size() + 4);
        actions.forEach(action -> shown.add(Listed.synced(action)));
        for (Commands.Stored stored : overlays.of(providerId)) {
            if (stored.command() instanceof RaiseAction raise) {
                shown.add(new Listed<>(raised(raise, stored), Overlays.pending(stored.item(), null)));
            }
        }
        return new Listing(shown, new ActionSummary(Actions.level(open, overdue), open, overdue));
    }

    public Optional<ActionView> find(long providerId, long actionId, LocalDate today) {
        return rows.first(ActionView.class, "SELECT data FROM c_action WHERE provider_id = ? AND id = ?", providerId,
                actionId).map(action -> judged(action, today));
    }

    private ActionView raised(RaiseAction raise, Commands.Stored stored) {
        NewActionRequest r = raise.request();
        Optional<ClientView> client = r.clientId() == null ? Optional.empty()
                : clients.find(raise.providerId(), r.clientId());
        return new ActionView(-stored.item().id(), raise.providerId(), r.type(), r.relatedTo(),
                r.clientId() == null ? 0 : r.clientId(), client.map(ClientView::displayName).orElse(null),
                client.map(ClientView::councilReference).orElse(null), r.lineItemId(),
                new TeamView(r.assignTeam(), r.assignTeam()), r.title(), r.text(), ActionStatus.OPEN, null, null,
                false, stored.item().createdAt(), "You", stored.item().createdAt(), null, r.variation());
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
