package org.providerdesk.ui.login;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.providerdesk.client.cache.LocalCache;
import org.providerdesk.client.cache.SavedData;
import org.providerdesk.client.cache.WaitingList;
import org.providerdesk.client.cache.WrongCachePasswordException;
import org.providerdesk.ui.common.SecretText;
import org.providerdesk.ui.common.TaskRunner;
import org.providerdesk.ui.common.UserMessages;

/**
 * After an online login whose password does not open the data saved on this computer (the password was changed
 * on another computer): asks once for the previous password and re-keys the data with the new one, queue and
 * all; a user who does not know it is told plainly what will be lost, in words, before starting afresh.
 */
public final class PreviousPasswordViewModel {

    /** Asking for the previous password, or showing what starting afresh would lose. */
    public enum Step { ASK, LOSS }

    static final String WRONG = "That is not the password the data on this computer was saved with either.";
    private static final DateTimeFormatter MADE = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final String email;
    private final char[] currentPassword;
    private final SavedData savedData;
    private final TaskRunner background;
    private final Clock clock;
    private final ZoneId zone;
    private final Consumer<LocalCache> onOpened;

    private final SecretText previous = new SecretText();
    private final StringProperty previousError = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty lossSummary = new SimpleStringProperty("");
    private final ObservableList<String> losses = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.ASK);

    /** @param currentPassword the password the user logged in with; wiped here once the data is open */
    public PreviousPasswordViewModel(String email, char[] currentPassword, SavedData savedData, TaskRunner background,
            Clock clock, ZoneId zone, Consumer<LocalCache> onOpened) {
        this.email = email;
        this.currentPassword = currentPassword;
        this.savedData = savedData;
        this.background = background;
        this.clock = clock;
        this.zone = zone;
        this.onOpened = onOpened;
    }

    /** "Use previous password": re-keys the saved data with the new password and carries on. */
    public void usePrevious() {
        previousError.set("");
        message.set("");
        if (previous.isEmpty()) {
            previousError.set("Enter the password you used before it was changed.");
            return;
        }
        if (busy.get()) {
            return;
        }
        busy.set(true);
        char[] old = previous.copy();
        previous.clear();
        background.run(() -> savedData.openWithPreviousPassword(email, old, currentPassword), cache -> {
            Arrays.fill(old, '\0');
            opened(cache);
        }, failure -> {
            Arrays.fill(old, '\0');
            busy.set(false);
            if (failure instanceof WrongCachePasswordException) {
                previousError.set(WRONG);
            } else {
                message.set(UserMessages.describe(failure));
            }
        });
    }

    /** "I do not know it": says what starting afresh would lose, before anything is done. */
    public void doNotKnowIt() {
        previous.clear();
        previousError.set("");
        background.run(() -> savedData.waitingIn(email), this::showLosses,
                failure -> message.set(UserMessages.describe(failure)));
    }

    private void showLosses(List<WaitingList.Entry> waiting) {
        losses.setAll(waiting.stream().map(entry -> capitalised(entry.words()) + ", made on "
                + MADE.format(entry.madeAt().atZone(zone))).toList());
        lossSummary.set(waiting.isEmpty()
                ? "No changes are waiting to send, so nothing you made will be lost. The data saved on this computer "
                        + "will be downloaded again from the portal."
                : (waiting.size() == 1 ? "1 change you made on this computer has" : waiting.size()
                        + " changes you made on this computer have") + " not been sent to the portal. If you start "
                        + "afresh, " + (waiting.size() == 1 ? "it" : "they") + " will be lost and you will need to "
                        + "make " + (waiting.size() == 1 ? "it" : "them") + " again:");
        step.set(Step.LOSS);
    }

    /** "Start afresh": sets the old data aside (deleted after 30 days) and makes new data with the new password. */
    public void startAfresh() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        background.run(() -> {
            savedData.setAside(email, clock.instant());
            return savedData.open(email, currentPassword);
        }, this::opened, failure -> {
            busy.set(false);
            message.set(UserMessages.describe(failure));
        });
    }

    /** Back to the question, to try the previous password after all. */
    public void back() {
        step.set(Step.ASK);
    }

    private void opened(LocalCache cache) {
        busy.set(false);
        Arrays.fill(currentPassword, '\0');
        onOpened.accept(cache);
    }

    private static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public String explanation() {
        return "Your password was changed since you last logged in on this computer, so the data saved here is "
                + "still locked with your previous password. Enter your previous password once to unlock it with "
                + "your new one; changes waiting to send are kept and sent.";
    }

    public long setAsideDays() {
        return SavedData.SET_ASIDE_KEPT.toDays();
    }

    public SecretText previous() { return previous; }
    public StringProperty previousError() { return previousError; }
    public StringProperty message() { return message; }
    public StringProperty lossSummary() { return lossSummary; }
    public ObservableList<String> losses() { return losses; }
    public BooleanProperty busy() { return busy; }
    public ObjectProperty<Step> step() { return step; }
}
