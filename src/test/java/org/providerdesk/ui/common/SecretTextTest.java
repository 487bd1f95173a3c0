package org.providerdesk.ui.common;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import org.junit.jupiter.api.Test;

/** The password as typed lives in a char[] that editing and clearing overwrite, never in a String. */
class SecretTextTest {

    @Test
    void typingDeletingAndPastingEditTheCharacters() {
        SecretText secret = new SecretText();
        secret.replace(0, 0, "pasword");
        secret.replace(3, 3, "s");
        secret.replace(7, 8, "");
        secret.replace(7, 7, "D!");

        assertArrayEquals("passworD!".toCharArray(), secret.copy());
        assertEquals(9, secret.length().get());
        assertFalse(secret.toString().contains("pass"));
    }

    @Test
    void clearingOverwritesEveryCharacterEvenAfterTheBufferGrew() throws Exception {
        SecretText secret = new SecretText();
        String longer = "x".repeat(50) + "Secret-Tail";
        for (int i = 0; i < longer.length(); i++) {
            secret.replace(i, i, String.valueOf(longer.charAt(i)));
        }
        char[] buffer = buffer(secret);

        secret.clear();

        assertTrue(secret.isEmpty());
        for (char c : buffer) {
            assertEquals('\0', c);
        }
        for (char c : buffer(secret)) {
            assertEquals('\0', c);
        }
    }

    private static char[] buffer(SecretText secret) throws Exception {
        Field chars = SecretText.class.getDeclaredField("chars");
        chars.setAccessible(true);
        return (char[]) chars.get(secret);
    }
}
