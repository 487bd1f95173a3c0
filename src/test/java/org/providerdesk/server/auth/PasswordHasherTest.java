package org.providerdesk.server.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;
import org.providerdesk.server.web.ApiException;

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

    @Test
    void leavesOneCoreForTheRestOfThePortal() {
        assertEquals(1, PasswordHasher.turnsFor(1));
        assertEquals(1, PasswordHasher.turnsFor(2));
        assertEquals(7, PasswordHasher.turnsFor(8));
    }

    @Test
    void saysThePortalIsBusyWithRetryAfterWhenNoTurnComesInTime() {
        PasswordHasher allTurnsTaken = new PasswordHasher(new Semaphore(0), 50);

        ApiException busy = assertThrows(ApiException.class, () -> allTurnsTaken.hash("correct horse"));

        assertEquals(503, busy.problem().status());
        assertEquals(5L, busy.retryAfterSeconds());
    }
}
