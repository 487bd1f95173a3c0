package org.providerdesk.ui.login;

import java.util.Arrays;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.providerdesk.api.PasswordResetStarted;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.domain.EmailAddress;
import org.providerdesk.ui.common.SecretText;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/**
 * "Forgotten password", the guide's way: a code is e-mailed; enter it and click Next; enter a new password and
 * confirm it, click Finish; the confirmation is shown, click OK, and log in.
 */
public final class ForgottenPasswordViewModel {

    /** Which part of the reset the screen shows. */
    public enum Step { EMAIL, CODE, NEW_PASSWORD, DONE }

    static final String DONE_TEXT = "Your password has been reset. You can now log into the Provider Portal with "
            + "your new password.";

    private final PortalClient client;
    private final TaskRunner background;
    private final Runnable backToLogin;

    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final SecretText newPassword = new SecretText();
    private final SecretText confirmPassword = new SecretText();
    private final StringProperty emailError = new SimpleStringProperty("");
    private final StringProperty codeError = new SimpleStringProperty("");
    private final StringProperty newPasswordError = new SimpleStringProperty("");
    private final StringProperty confirmPasswordError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty sentText = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.EMAIL);
    private String resetId;

    /** @param backToLogin after OK or Cancel */
    public ForgottenPasswordViewModel(PortalClient client, TaskRunner background, String email, Runnable backToLogin) {
        this.client = client;
        this.background = background;
        this.backToLogin = backToLogin;
        this.email.set(email == null ? "" : email.trim());
    }

    /** "Send the code": the portal e-mails a code to the address if it is an account's. */
    public void sendCode() {
        clearErrors();
        String typed = email.get().trim();
        if (typed.isEmpty()) {
            emailError.set("Enter your e-mail address.");
        } else if (!EmailAddress.isPlausible(typed)) {
            emailError.set("Enter an e-mail address like name@example.org.");
        }
        if (!emailError.get().isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> client.startPasswordReset(typed), this::codeSent, this::refused);
    }

    private void codeSent(PasswordResetStarted started) {
        busy.set(false);
        resetId = started.resetId();
        sentText.set(started.message() == null || started.message().isBlank()
                ? "An email is sent to your registered email address. Enter the code from the email in the Code box. "
                        + "Click Next."
                : started.message());
        code.set("");
        step.set(Step.CODE);
    }

    /** Next: the code looks right, on to the new password (the portal checks it with the new password). */
    public void next() {
        clearErrors();
        String typed = code.get().replaceAll("\\s", "");
        if (typed.isEmpty()) {
            codeError.set("Enter the code from the e-mail.");
        } else if (!typed.matches("\\d{6}")) {
            codeError.set("The code is the 6 digits from the e-mail.");
        }
        if (codeError.get().isEmpty()) {
            code.set(typed);
            step.set(Step.NEW_PASSWORD);
        }
    }

    /** Finish: the code and the new password twice go to the portal. */
    public void finish() {
        clearErrors();
        if (newPassword.isEmpty()) {
            newPasswordError.set("Enter a new password.");
        }
        if (confirmPassword.isEmpty()) {
            confirmPasswordError.set("Enter the new password again.");
        } else if (!newPassword.isEmpty() && !Arrays.equals(newPassword.copy(), confirmPassword.copy())) {
            confirmPasswordError.set("The two new passwords are not the same.");
        }
        if (!newPasswordError.get().isEmpty() || !confirmPasswordError.get().isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        char[] chosen = newPassword.copy();
        char[] again = confirmPassword.copy();
        String id = resetId;
        String typedCode = code.get();
        background.run(() -> {
            client.finishPasswordReset(id, typedCode, chosen, again);
            return null;
        }, done -> {
            wipe(chosen, again);
            busy.set(false);
            newPassword.clear();
            confirmPassword.clear();
            step.set(Step.DONE);
        }, failure -> {
            wipe(chosen, again);
            finishRefused(failure);
        });
    }

    private void finishRefused(Throwable failure) {
        busy.set(false);
        if (failure instanceof PortalException refused) {
            Map<String, String> errors = refused.problem().errors();
            if (refused.isOfType(ProblemTypes.WRONG_CODE) || errors.containsKey("code")) {
                codeError.set(errors.getOrDefault("code", refused.getMessage()));
                step.set(Step.CODE);
                return;
            }
            if (refused.isOfType(ProblemTypes.RESET_ENDED) || refused.isOfType(ProblemTypes.CODE_EXPIRED)
                    || errors.containsKey("resetId")) {
                message.set(refused.getMessage());
                newPassword.clear();
                confirmPassword.clear();
                step.set(Step.EMAIL);
                return;
            }
            if (!errors.isEmpty()) {
                newPasswordError.set(errors.getOrDefault("newPassword", ""));
                confirmPasswordError.set(errors.getOrDefault("confirmPassword", ""));
                return;
            }
        }
        message.set(UserMessages.describe(failure));
    }

    private void refused(Throwable failure) {
        busy.set(false);
        if (failure instanceof PortalException refused && refused.problem().errors().containsKey("email")) {
            emailError.set(refused.problem().errors().get("email"));
        } else {
            message.set(UserMessages.describe(failure));
        }
    }

    /** OK on the confirmation, or Cancel at any step: back to the login. */
    public void backToLogin() {
        newPassword.clear();
        confirmPassword.clear();
        backToLogin.run();
    }

    /** Back from the new password to the code. */
    public void backToCode() {
        clearErrors();
        step.set(Step.CODE);
    }

    private static void wipe(char[]... secrets) {
        for (char[] secret : secrets) {
            Arrays.fill(secret, '\0');
        }
    }

    private void clearErrors() {
        emailError.set("");
        codeError.set("");
        newPasswordError.set("");
        confirmPasswordError.set("");
        message.set("");
    }

    public String doneText() { return DONE_TEXT; }
    public StringProperty email() { return email; }
    public StringProperty code() { return code; }
    public SecretText newPassword() { return newPassword; }
    public SecretText confirmPassword() { return confirmPassword; }
    public StringProperty emailError() { return emailError; }
    public StringProperty codeError() { return codeError; }
    public StringProperty newPasswordError() { return newPasswordError; }
    public StringProperty confirmPasswordError() { return confirmPasswordError; }
    public StringProperty message() { return message; }
    public StringProperty sentText() { return sentText; }
    public BooleanProperty busy() { return busy; }
    public ObjectProperty<Step> step() { return step; }
}
