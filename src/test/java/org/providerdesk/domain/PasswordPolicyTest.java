package org.providerdesk.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(Set.of("password1", "qwerty123"));

    @Test
    void refusesShortPasswords() {
        assertEquals(Optional.of("Use at least 8 characters."), policy.problemWith("short1!"));
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertTrue(policy.problemWith("Password1").orElseThrow().contains("too common"));
    }

    @Test
    void allowsLongPassPhrases() {
        assertEquals(Optional.empty(), policy.problemWith("the kettle is always on at rosewood lodge"));
    }
}
