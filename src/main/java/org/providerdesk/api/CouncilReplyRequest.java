package org.providerdesk.api;

import org.providerdesk.domain.ActionOutcome;

/**
 * Council staff's reply to an action.
 *
 * @param assignTeam optional: the team the action moves to; it stays with its team when absent
 * @param close      optional: true closes the action with this reply
 * @param outcome    when closing a variation: approved or rejected; absent for other types
 */
public record CouncilReplyRequest(String text, String assignTeam, Boolean close, ActionOutcome outcome) {

    @Override
    public String toString() {
        return "CouncilReplyRequest[close=" + close + ", outcome=" + outcome + "]";
    }
}
