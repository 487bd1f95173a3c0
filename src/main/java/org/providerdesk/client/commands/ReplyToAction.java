package org.providerdesk.client.commands;

import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.ReplyRequest;

/** Reply to an action, assigning it to a council team. */
public record ReplyToAction(long providerId, long actionId, ReplyRequest request) implements DeskCommand {

    @Override
    public String description() {
        return "Reply to action " + actionId;
    }

    @Override
    public HttpCall call() {
        return new HttpCall("POST", ActionPaths.providerReplies(providerId, actionId), request, null);
    }
}
