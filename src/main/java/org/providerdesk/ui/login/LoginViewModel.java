package org.providerdesk.ui.login;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.providerdesk.api.DemoMail;
import org.providerdesk.api.LoginChallenge;
import org.providerdesk.api.NoticeView;
import org.providerdesk.api.PortalStatus;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.api.SessionInfo;
import org.providerdesk.client.PortalClient;
import org.providerdesk.client.PortalException;
import org.providerdesk.client.PortalUnreachableException;
import org.providerdesk.client.cache.CacheFailedException;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.client.cache.WrongCachePasswordException;
import org.providerdesk.domain.EmailAddress;
import org.providerdesk.ui.common.SecretText;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;
import org.providerdesk.ui.common.When;

/**
 * Login in two steps: e-mail and password, then the code from the e-mail. When the portal cannot be reached, a
 * user who has logged in on this computer before can open their saved data with their password.
 */
public final class LoginViewModel {

    /** Which half of the login the screen shows. */
    public enum Step { CREDENTIALS, CODE }

    /** Where a login leads. The password is handed over only to open the local cache, then wiped. */
    public interface Outcome {
        void signedIn(SessionInfo session, char[] password);

        void openedSavedData(LocalCache cache);
    }

    static final String SAVED_DATA_HINT = "You can still open the data saved on this computer with your password.";
    private static final Pattern SIX_DIGITS = Pattern.compile("\\b(\\d{6})\\b");

    private final PortalClient client;
    private final TaskRunner background;
    private final SavedData savedData;
    private final Outcome outcome;
    private final When when;
    private final Clock clock;

    private final StringProperty email = new SimpleStringProperty("");
    /** As typed, in a char[] (see {@link SecretText}); wiped once handed on. */
    private final SecretText password = new SecretText();
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty emailError = new SimpleStringProperty("");
    private final StringProperty passwordError = new SimpleStringProperty("");
    private final StringProperty codeError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty codeSentTo = new SimpleStringProperty("");
    private final StringProperty councilName = new SimpleStringProperty("");
    private final StringProperty downtimeTitle = new SimpleStringProperty("");
    private final StringProperty downtimeText = new SimpleStringProperty("");
    private final BooleanProperty downtimeInForce = new SimpleBooleanProperty();
    private final BooleanProperty demoInbox = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanProperty savedDataAvailable = new SimpleBooleanProperty();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CREDENTIALS);
    private final BooleanProperty messageIsInformation = new SimpleBooleanProperty();
    /** The message above the form is "the portal is busy", to go when the login ends either way. */
    private boolean saidBusy;
    private boolean telling;
    private String attemptId;
    private Consumer<String> forgottenPassword = email -> { };
    private char[] typedPassword = new char[0];

    public LoginViewModel(PortalClient client, TaskRunner background, When when, Clock clock, SavedData savedData,
            Outcome outcome) {
        this.client = client;
        this.background = background;
        this.when = when;
        this.clock = clock;
        this.savedData = savedData;
        this.outcome = outcome;
        message.addListener((obs, was, now) -> {
            if (!telling) {
                messageIsInformation.set(false);
            }
        });
    }

    /** Asks the portal whose it is and whether downtime blocks login; quietly retried by the next submit. */
    public void loadPortalStatus() {
        background.run(client::portalStatus, this::showStatus, failure -> message.set(UserMessages.describe(failure)));
    }

    private void showStatus(PortalStatus status) {
        councilName.set(status.councilName());
        demoInbox.set(status.demoMailbox());
        NoticeView downtime = status.downtimeNotices().isEmpty() ? null : status.downtimeNotices().get(0);
        downtimeTitle.set(downtime == null ? "" : downtime.title());
        downtimeText.set(downtime == null ? "" : when.noticePeriod(downtime, clock.instant()) + ". " + downtime.body());
        downtimeInForce.set(downtime != null && downtime.inForce());
        if (message.get().equals(UserMessages.UNREACHABLE)) {
            message.set("");
        }
    }

    /** Submit: checks the fields, then asks the portal to e-mail a code. */
    public void submit() {
        clearErrors();
        String typedEmail = email.get().trim();
        if (typedEmail.isEmpty()) {
            emailError.set("Enter your e-mail address.");
        } else if (!EmailAddress.isPlausible(typedEmail)) {
            emailError.set("Enter an e-mail address like name@example.org.");
        }
        if (password.isEmpty()) {
            passwordError.set("Enter your password.");
        }
        if (!emailError.get().isEmpty() || !passwordError.get().isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        wipePassword();
        typedPassword = password.copy();
        char[] secret = typedPassword;
        background.run(() -> client.startLogin(typedEmail, secret, this::portalBusy), this::codeSent,
                this::loginRefused);
    }

    /** While a login waits its turn: the portal checks only a few passwords at once. */
    static String busyMessage(Duration pause) {
        return "The portal is busy just now. Trying again in " + pause.toSeconds() + " seconds.";
    }

    /** Told on the worker thread that the login waits: said above the form, on the JavaFX thread. */
    private void portalBusy(Duration pause) {
        background.run(() -> busyMessage(pause), text -> {
            tell(text);
            saidBusy = true;
        }, ignored -> { });
    }

    private void forgetBusy() {
        if (saidBusy) {
            saidBusy = false;
            message.set("");
        }
    }

    private void codeSent(LoginChallenge challenge) {
        forgetBusy();
        busy.set(false);
        attemptId = challenge.attemptId();
        codeSentTo.set(challenge.sentTo());
        password.clear();
        code.set("");
        step.set(Step.CODE);
    }

    private void loginRefused(Throwable failure) {
        forgetBusy();
        busy.set(false);
        if (failure instanceof PortalException refused && !refused.problem().errors().isEmpty()) {
            Map<String, String> errors = refused.problem().errors();
            emailError.set(errors.getOrDefault("email", ""));
            passwordError.set(errors.getOrDefault("password", ""));
        } else {
            message.set(UserMessages.describe(failure));
        }
        if (failure instanceof PortalException refused && refused.isOfType(ProblemTypes.WRONG_CREDENTIALS)) {
            password.clear();
            wipePassword();
        }
        if (failure instanceof PortalUnreachableException
                || failure instanceof PortalException down && down.isOfType(ProblemTypes.DOWNTIME)) {
            String typedEmail = email.get().trim();
            background.run(() -> savedData.existsFor(typedEmail), available -> {
                savedDataAvailable.set(available);
                if (available) {
                    message.set(message.get() + " " + SAVED_DATA_HINT);
                }
            }, ignored -> { });
        }
    }

    /** Opens the data saved on this computer with the password, without the portal. */
    public void openSavedData() {
        clearErrors();
        if (password.isEmpty()) {
            passwordError.set("Enter your password to open the data saved on this computer.");
            return;
        }
        busy.set(true);
        String typedEmail = email.get().trim();
        char[] secret = password.copy();
        background.run(() -> savedData.open(typedEmail, secret), cache -> {
            busy.set(false);
            java.util.Arrays.fill(secret, '\0');
            password.clear();
            outcome.openedSavedData(cache);
        }, failure -> {
            java.util.Arrays.fill(secret, '\0');
            busy.set(false);
            if (failure instanceof WrongCachePasswordException wrong) {
                passwordError.set(wrong.getMessage());
            } else {
                message.set(failure instanceof CacheFailedException failed ? failed.getMessage()
                        : UserMessages.describe(failure));
            }
        });
    }

    /** Finish: sends the code; a correct one signs the user in. */
    public void finish() {
        clearErrors();
        String typedCode = code.get().replaceAll("\\s", "");
        if (typedCode.isEmpty()) {
            codeError.set("Enter the code from the e-mail.");
        } else if (!typedCode.matches("\\d{6}")) {
            codeError.set("The code is the 6 digits from the e-mail.");
        }
        if (!codeError.get().isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        String attempt = attemptId;
        background.run(() -> client.finishLogin(attempt, typedCode), this::signedIn, this::codeRefused);
    }

    private void signedIn(SessionInfo session) {
        busy.set(false);
        code.set("");
        char[] secret = typedPassword;
        typedPassword = new char[0];
        outcome.signedIn(session, secret);
    }

    private void codeRefused(Throwable failure) {
        busy.set(false);
        if (failure instanceof PortalException refused && refused.isOfType(ProblemTypes.WRONG_CODE)) {
            codeError.set(refused.getMessage());
            return;
        }
        if (failure instanceof PortalException refused && (refused.isOfType(ProblemTypes.CODE_EXPIRED)
                || refused.isOfType(ProblemTypes.LOGIN_ATTEMPT_ENDED))) {
            wipePassword();
            step.set(Step.CREDENTIALS);
        }
        message.set(UserMessages.describe(failure));
    }

    /** Back to e-mail and password, for a new code. */
    public void startAgain() {
        clearErrors();
        code.set("");
        attemptId = null;
        wipePassword();
        step.set(Step.CREDENTIALS);
    }

    private void wipePassword() {
        java.util.Arrays.fill(typedPassword, '\0');
        typedPassword = new char[0];
    }

    /** Fills in a demo account, ready for Submit. */
    public void useDemoAccount(String demoEmail, String demoPassword) {
        clearErrors();
        email.set(demoEmail);
        password.set(demoPassword);
    }

    public void loadDemoInbox(Consumer<List<DemoMail>> onLoaded) {
        background.run(client::demoInbox, onLoaded, failure -> message.set(UserMessages.describe(failure)));
    }

    /** The authentication code in a demo e-mail, if it holds one. */
    public static String codeIn(DemoMail mail) {
        Matcher matcher = SIX_DIGITS.matcher(mail.body());
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Where "Forgotten password" leads: the reset screen, with the e-mail typed so far. */
    public void onForgottenPassword(Consumer<String> open) {
        this.forgottenPassword = open;
    }

    /** "Forgotten password": the guide's reset, starting from the e-mail typed so far. */
    public void forgottenPassword() {
        wipePassword();
        password.clear();
        forgottenPassword.accept(email.get().trim());
    }

    /** Shows information above the form, such as "You have logged out." (not in the error style). */
    public void tell(String text) {
        telling = true;
        try {
            message.set(text);
            messageIsInformation.set(true);
        } finally {
            telling = false;
        }
    }

    /** Shows a problem above the form, such as why the saved data could not be opened. */
    public void tellProblem(String text) {
        message.set(text);
    }

    /** True while the message above the form is information rather than a problem. */
    public BooleanProperty messageIsInformation() {
        return messageIsInformation;
    }

    private void clearErrors() {
        emailError.set("");
        passwordError.set("");
        codeError.set("");
        message.set("");
    }

    public StringProperty email() { return email; }
    public SecretText password() { return password; }
    public StringProperty code() { return code; }
    public StringProperty emailError() { return emailError; }
    public StringProperty passwordError() { return passwordError; }
    public StringProperty codeError() { return codeError; }
    public StringProperty message() { return message; }
    public StringProperty codeSentTo() { return codeSentTo; }
    public StringProperty councilName() { return councilName; }
    public StringProperty downtimeTitle() { return downtimeTitle; }
    public StringProperty downtimeText() { return downtimeText; }
    public BooleanProperty downtimeInForce() { return downtimeInForce; }
    public BooleanProperty demoInbox() { return demoInbox; }
    public BooleanProperty busy() { return busy; }
    public BooleanProperty savedDataAvailable() { return savedDataAvailable; }
    public ObjectProperty<Step> step() { return step; }
}
