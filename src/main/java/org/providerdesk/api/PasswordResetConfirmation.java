package org.providerdesk.api;

/** The code from the password-reset e-mail, the new password and the same again. */
public record PasswordResetConfirmation(String resetId, String code, String newPassword, String confirmPassword) {

    @Override
    public String toString() {
        return "PasswordResetConfirmation[resetId=<hidden>, code=<hidden>, newPassword=<hidden>, "
                + "confirmPassword=<hidden>]";
    }
}
