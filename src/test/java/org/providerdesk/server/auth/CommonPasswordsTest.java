package org.providerdesk.server.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.providerdesk.domain.PasswordPolicy;
import org.providerdesk.server.demo.DemoUsers;

class CommonPasswordsTest {

    private final Set<String> common = CommonPasswords.load();

    @Test
    void holdsSeveralHundredLowerCasePasswords() {
        assertTrue(common.size() >= 300, "size " + common.size());
        assertTrue(common.stream().allMatch(p -> p.equals(p.toLowerCase(Locale.ROOT)) && p.equals(p.strip())));
        assertTrue(common.containsAll(Set.of("password", "password123", "qwerty123", "iloveyou", "letmein1")));
    }

    @Test
    void thePolicyRefusesThemWhateverTheirCaseButNotTheDemoPassword() {
        PasswordPolicy policy = new PasswordPolicy(common);

        assertTrue(policy.problemWith("Password123").isPresent());
        assertTrue(policy.problemWith("QWERTYUIOP").isPresent());
        assertFalse(policy.problemWith(DemoUsers.PASSWORD).isPresent());
    }
}
