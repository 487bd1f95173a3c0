package org.providerdesk.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a password acceptable: at least {@value #MIN_LENGTH} characters, long ones allowed (pass
 * phrases), and not one of the passwords attackers try first.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    private final Set<String> commonPasswords;

    /** @param commonPasswords lower-case passwords to refuse, such as "password1" or "qwerty123" */
    public PasswordPolicy(Set<String> commonPasswords) {
        this.commonPasswords = Set.copyOf(commonPasswords);
    }

    /** @return why the password is refused, in words for the person choosing it; empty when it is fine */
    public Optional<String> problemWith(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Enter a new password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (commonPasswords.contains(password.toLowerCase(Locale.ROOT))) {
            return Optional.of("This password is too common and easy to guess. Choose another.");
        }
        return Optional.empty();
    }
}
