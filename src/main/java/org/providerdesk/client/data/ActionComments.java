package org.providerdesk.client.data;

import java.util.ArrayList;
import java.util.List;
import org.providerdesk.api.ActionCommentView;
import org.providerdesk.api.TeamView;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.commands.Commands;
import org.providerdesk.client.commands.ReplyToAction;
import org.providerdesk.domain.CommentSide;

/** The history of one action, oldest message first; replies not yet in the cache last, "Waiting to send". */
public final class ActionComments {

    private final CacheRows rows;
    private final Overlays overlays;

    public ActionComments(LocalCache cache) {
        this.rows = new CacheRows(cache);
        this.overlays = new Overlays(cache);
    }

    public List<Listed<ActionCommentView>> of(long providerId, long actionId) {
        List<Listed<ActionCommentView>> shown = new ArrayList<>();
        rows.list(ActionCommentView.class, "SELECT data FROM c_action_comment WHERE provider_id = ? "
                + "AND action_id = ? ORDER BY created_at, id", providerId, actionId)
                .forEach(comment -> shown.add(Listed.synced(comment)));
        for (Commands.Stored stored : overlays.of(providerId)) {
            if (stored.command() instanceof ReplyToAction reply && reply.actionId() == actionId) {
                shown.add(new Listed<>(new ActionCommentView(-stored.item().id(), actionId, CommentSide.PROVIDER, "You",
                        new TeamView(reply.request().assignTeam(), reply.request().assignTeam()),
                        reply.request().text(), stored.item().createdAt()), Overlays.pending(stored.item(), null)));
            }
        }
        return shown;
    }
}
