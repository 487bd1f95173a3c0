package org.providerdesk.ui.common;

import javafx.scene.AccessibleRole;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A password box whose characters go straight from the keyboard into a {@link SecretText} ({@code char[]}); the
 * control's own text only ever holds one bullet per character, so no {@link String} of the password is made (as
 * Cryptomator's SecurePasswordField does). Copy, cut and undo are off: they would work on the bullets.
 */
public final class SecurePasswordField extends TextField {

    static final char BULLET = '\u25CF';

    private final SecretText secret;
    private boolean editing;

    public SecurePasswordField(SecretText secret) {
        this.secret = secret;
        getStyleClass().add("password-field");
        setAccessibleRole(AccessibleRole.PASSWORD_FIELD);
        setContextMenu(new ContextMenu());
        addEventFilter(KeyEvent.KEY_PRESSED, key -> {
            if (key.isShortcutDown() && (key.getCode() == KeyCode.Z || key.getCode() == KeyCode.Y)) {
                key.consume();
            }
        });
        // the model cleared or set the secret: show as many bullets
        secret.length().addListener((obs, was, now) -> {
            if (!editing && getLength() != now.intValue()) {
                showBullets(now.intValue());
            }
        });
        // clear() or setText() from outside bypass replaceText: the secret follows, the text becomes bullets again
        textProperty().addListener((obs, was, now) -> {
            if (!editing) {
                String text = now == null ? "" : now;
                if (!text.equals(bullets(text.length())) || text.length() != secret.length().get()) {
                    editing = true;
                    try {
                        secret.set(text);
                    } finally {
                        editing = false;
                    }
                    showBullets(text.length());
                }
            }
        });
        showBullets(secret.length().get());
    }

    @Override
    public void replaceText(int start, int end, String text) {
        String typed = text.replace("\n", "").replace("\r", "");
        editing = true;
        try {
            secret.replace(start, end, typed);
            super.replaceText(start, end, bullets(typed.length()));
        } finally {
            editing = false;
        }
    }

    @Override
    public void copy() {
        // the bullets are no use to anyone, and the password is not offered
    }

    @Override
    public void cut() {
        // as copy
    }

    private void showBullets(int count) {
        boolean was = editing;
        editing = true;
        try {
            setText(bullets(count));
        } finally {
            editing = was;
        }
    }

    private static String bullets(int count) {
        return String.valueOf(BULLET).repeat(count);
    }
}
