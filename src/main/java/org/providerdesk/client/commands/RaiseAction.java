package org.providerdesk.client.commands;

import org.providerdesk.api.ActionPaths;
import org.providerdesk.api.NewActionRequest;

/** Raise an action with the council. */
public record RaiseAction(long providerId, NewActionRequest request) implements DeskCommand {

    @Override
    public String description() {
        return "Raise action: " + request.title();
    }

    @Override
    public HttpCall call() {
        return new HttpCall("POST", ActionPaths.providerActions(providerId), request, null);
    }
}
