package org.providerdesk.ui.shell;

import org.providerdesk.domain.ActionType;
import org.providerdesk.domain.RelatedTo;

/**
 * What another page knows of an action the user is about to raise. Any field may be null: the form leaves it for
 * the user to choose.
 *
 * @param clientId   the client the action is about (Entity, when related to a client)
 * @param lineItemId the care package line item it is about (when related to a line item)
 * @param title      a suggested title, such as the period of a variation ("Period 9 2026/27")
 */
public record NewActionDraft(ActionType type, RelatedTo relatedTo, Long clientId, Long lineItemId, String title) {

    /** The Non-payable tab's "Request a variation": a variation for a client, titled with the period. */
    public static NewActionDraft variation(long clientId, String periodTitle) {
        return new NewActionDraft(ActionType.VARIATION, RelatedTo.CLIENT, clientId, null, periodTitle);
    }
}
