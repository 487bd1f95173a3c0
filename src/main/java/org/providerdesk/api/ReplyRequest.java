package org.providerdesk.api;

/** A provider's reply to an action: the comment and the team it goes to. */
public record ReplyRequest(String text, String assignTeam) {

    @Override
    public String toString() {
        return "ReplyRequest[assignTeam=" + assignTeam + "]";
    }
}
