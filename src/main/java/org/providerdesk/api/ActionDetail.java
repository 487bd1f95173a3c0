package org.providerdesk.api;

import java.util.List;

/** An action and its comments, oldest first. */
public record ActionDetail(ActionView action, List<ActionCommentView> comments) {

    public ActionDetail {
        comments = List.copyOf(comments);
    }
}
