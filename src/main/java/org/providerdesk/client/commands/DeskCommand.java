package org.providerdesk.client.commands;

/** Something the user asked the portal to do, kept in the outbox until the portal has it. */
public sealed interface DeskCommand permits RaiseAction, ReplyToAction, ConfirmSchedule, RejectSchedule, SubmitActuals {

    long providerId();

    /** What it does, in the user's words, for the "Waiting to send" page. Never a client's name. */
    String description();

    /** The request that carries it, made only when it is sent. */
    HttpCall call();

    /** How a command travels: method, path, the JSON body (an api record) and the If-Match, if any. */
    record HttpCall(String method, String path, Object body, String ifMatch) {
    }
}
