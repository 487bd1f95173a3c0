package org.providerdesk.api;

/** Step two of login: the code from the e-mail, for the attempt it was sent for. */
public record CodeRequest(String attemptId, String code) {

    @Override
    public String toString() {
        return "CodeRequest[attemptId=<hidden>, code=<hidden>]";
    }
}
