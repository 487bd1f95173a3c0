package org.providerdesk.api;

import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;
import org.providerdesk.domain.Variation;

/**
 * Raise an action. Related to a client ({@code clientId}) or a line item ({@code lineItemId}, which fills in the
 * client).
 *
 * @param assignTeam the code of the council team, from {@code GET /teams}
 * @param variation  required for a variation, absent otherwise
 */
public record NewActionRequest(ActionType type, RelatedTo relatedTo, Long clientId, Long lineItemId,
        String assignTeam, String title, String text, Variation variation) {

    @Override
    public String toString() {
        return "NewActionRequest[type=" + type + ", relatedTo=" + relatedTo + "]";
    }
}
