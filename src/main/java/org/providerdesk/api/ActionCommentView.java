package org.providerdesk.api;

import java.time.Instant;
import org.providerdesk.domain.CommentSide;

/**
 * One message in an action's history: from the provider (shown purple) or the council (shown green), each
 * assigning the action to a team.
 */
public record ActionCommentView(long id, long actionId, CommentSide side, String author, TeamView assignedTeam,
        String text, Instant createdAt) {

    @Override
    public String toString() {
        return "ActionCommentView[id=" + id + ", actionId=" + actionId + ", side=" + side + "]";
    }
}
