package org.providerdesk.ui.actions;

import org.providerdesk.api.ActionView;
import org.providerdesk.client.data.Listed;

/**
 * One action as the list shows it, in words.
 *
 * @param pending "Waiting to send" for an action raised on this computer and not yet accepted; empty otherwise
 * @param unread  a council reply arrived with a sync and the action has not been opened since
 */
public record ActionRow(ActionView action, String type, String title, String client, String team, String status,
        String raised, String due, boolean overdue, String pending, boolean unread) {

    static ActionRow of(Listed<ActionView> listed, boolean unread, java.time.ZoneId zone) {
        ActionView a = listed.row();
        String client = a.clientName() == null ? "" : a.clientName()
                + (a.clientReference() == null ? "" : " (" + a.clientReference() + ")");
        String pending = listed.isPending() ? listed.pending().label() : "";
        return new ActionRow(a, ActionWords.type(a.type()), a.title(), client,
                a.assignedTeam() == null ? "" : a.assignedTeam().name(),
                pending.isEmpty() ? ActionWords.status(a) : pending,
                a.raisedAt() == null ? "" : ActionWords.date(a.raisedAt().atZone(zone).toLocalDate()),
                ActionWords.date(a.dueDate()), a.overdue(), pending, unread);
    }

    public long id() {
        return action.id();
    }

    public boolean isPending() {
        return !pending.isEmpty();
    }
}
