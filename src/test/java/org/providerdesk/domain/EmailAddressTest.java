package org.providerdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EmailAddressTest {

    @Test
    void comparesTrimmedAndLowerCase() {
        assertEquals("helen@rosewood.example", EmailAddress.normalise("  Helen@Rosewood.EXAMPLE "));
    }

    @Test
    void hidesAllButTheFirstLetterOfTheName() {
        assertEquals("h•••@rosewood.example", EmailAddress.masked("helen.marsh@rosewood.example"));
    }

    @Test
    void knowsAnAddressFromSomethingElse() {
        assertTrue(EmailAddress.isPlausible("a@b.example"));
        assertFalse(EmailAddress.isPlausible("helen"));
        assertFalse(EmailAddress.isPlausible("helen@localhost"));
        assertFalse(EmailAddress.isPlausible("a b@c.example"));
    }
}
