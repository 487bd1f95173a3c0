package org.providerdesk.api;

import java.time.Instant;
import java.time.LocalDate;
import org.providerdesk.domain.ActionOutcome;
import org.providerdesk.domain.ActionStatus;
import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.Variation;

/**
 * An action (change request) between a provider and the council.
 *
 * @param lineItemId   null when the action is related to a client
 * @param outcome      null unless a closed variation
 * @param overdue      as of when the server answered; a cached copy should be judged again from {@code dueDate}
 * @param raisedBy     the display name of the provider user who raised it
 * @param lastActivity when it was raised, replied to or closed last
 * @param variation    the variation template's fields; null unless a variation
 */
public record ActionView(long id, long providerId, ActionType type, RelatedTo relatedTo, long clientId,
        String clientName, String clientReference, Long lineItemId, TeamView assignedTeam, String title, String text,
        ActionStatus status, ActionOutcome outcome, LocalDate dueDate, boolean overdue, Instant raisedAt,
        String raisedBy, Instant lastActivityAt, Instant closedAt, Variation variation) {

    @Override
    public String toString() {
        return "ActionView[id=" + id + ", type=" + type + ", status=" + status + "]";
    }
}
