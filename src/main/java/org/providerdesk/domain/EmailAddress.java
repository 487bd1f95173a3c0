package org.providerdesk.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** E-mail addresses as the portal compares them: trimmed and lower-case. */
public final class EmailAddress {

    private static final Pattern PLAUSIBLE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    public static final int MAX_LENGTH = 254;

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** A cheap shape check for giving a clear message early; the code e-mail is the real proof. */
    public static boolean isPlausible(String email) {
        String normalised = normalise(email);
        return normalised.length() <= MAX_LENGTH && PLAUSIBLE.matcher(normalised).matches();
    }

    /** "margaret@rosewood.example" becomes "m•••@rosewood.example", for telling a user where a code went. */
    public static String masked(String email) {
        String normalised = normalise(email);
        int at = normalised.indexOf('@');
        if (at <= 0) {
            return "•••";
        }
        return normalised.charAt(0) + "•••" + normalised.substring(at);
    }
}
