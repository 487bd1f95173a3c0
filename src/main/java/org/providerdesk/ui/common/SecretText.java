package org.providerdesk.ui.common;

import java.util.Arrays;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * A password as typed, in a {@code char[]} that is overwritten when it grows and when it is cleared, never in a
 * {@link String} (which stays in memory until collected, cannot be wiped, and may be interned). The screen's
 * {@link SecurePasswordField} writes into it key by key; the view model hands {@link #copy()} to the key
 * derivation or the request and wipes that copy and this text after use.
 */
public final class SecretText {

    private char[] chars = new char[32];
    private final ReadOnlyIntegerWrapper length = new ReadOnlyIntegerWrapper();

    /** Replaces the characters from {@code start} to {@code end} with {@code text} (typing, deleting, pasting). */
    public void replace(int start, int end, CharSequence text) {
        int size = length.get();
        if (start < 0 || end < start || end > size) {
            throw new IndexOutOfBoundsException(start + ".." + end + " of " + size);
        }
        int newSize = size - (end - start) + text.length();
        if (newSize > chars.length) {
            char[] bigger = new char[Math.max(newSize, chars.length * 2)];
            System.arraycopy(chars, 0, bigger, 0, size);
            Arrays.fill(chars, '\0');
            chars = bigger;
        }
        System.arraycopy(chars, end, chars, start + text.length(), size - end);
        for (int i = 0; i < text.length(); i++) {
            chars[start + i] = text.charAt(i);
        }
        Arrays.fill(chars, newSize, Math.max(size, newSize), '\0');
        length.set(newSize);
    }

    /** Sets the whole text (a demo account's published password). */
    public void set(CharSequence text) {
        replace(0, length.get(), text);
    }

    /** A copy for one use; the caller wipes it ({@code Arrays.fill(copy, '\0')}). */
    public char[] copy() {
        return Arrays.copyOf(chars, length.get());
    }

    /** Overwrites every character and empties the text. */
    public void clear() {
        Arrays.fill(chars, '\0');
        length.set(0);
    }

    public boolean isEmpty() {
        return length.get() == 0;
    }

    public ReadOnlyIntegerProperty length() {
        return length.getReadOnlyProperty();
    }

    /** Never the secret itself. */
    @Override
    public String toString() {
        return "SecretText[" + length.get() + " characters]";
    }
}
