package org.providerdesk.server.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void storesArgon2idWithTheRecommendedSettings() {
        assertTrue(hasher.hash("correct horse").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"));
    }

    @Test
    void acceptsTheRightPasswordOnly() {
        String stored = hasher.hash("correct horse");

        assertTrue(hasher.matches("correct horse", stored));
        assertFalse(hasher.matches("correct horse ", stored));
        assertFalse(hasher.matchesNothing("correct horse"));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same"), hasher.hash("same"));
    }
}
