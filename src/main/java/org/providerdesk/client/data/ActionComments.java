package org.providerdesk.client.data;

import java.util.List;
import org.providerdesk.api.ActionCommentView;
import org.providerdesk.client.cache.LocalCache;

/** The history of one action, oldest message first. */
public final class ActionComments {

    private final CacheRows rows;

    public ActionComments(LocalCache cache) {
        this.rows = new CacheRows(cache);
    }

    public List<ActionCommentView> of(long providerId, long actionId) {
        return rows.list(ActionCommentView.class, "SELECT data FROM c_action_comment WHERE provider_id = ? "
                + "AND action_id = ? ORDER BY created_at, id", providerId, actionId);
    }
}
