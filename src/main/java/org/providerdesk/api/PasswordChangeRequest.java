package org.providerdesk.api;

/** A signed-in user's password change. */
public record PasswordChangeRequest(String currentPassword, String newPassword, String confirmPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[currentPassword=<hidden>, newPassword=<hidden>, confirmPassword=<hidden>]";
    }
}
