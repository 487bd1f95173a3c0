package org.providerdesk.api;

/** Step one of login: the provider e-mail address and password. */
public record LoginRequest(String email, String password) {

    @Override
    public String toString() {
        return "LoginRequest[email=<hidden>, password=<hidden>]";
    }
}
