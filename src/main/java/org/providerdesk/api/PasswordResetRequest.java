package org.providerdesk.api;

/** "Forgotten password": the e-mail address of the account. */
public record PasswordResetRequest(String email) {

    @Override
    public String toString() {
        return "PasswordResetRequest[email=<hidden>]";
    }
}
