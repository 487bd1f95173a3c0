package org.providerdesk.server.auth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The passwords attackers try first, from {@code common-passwords.txt} beside this class: lower-case, one a line. */
public final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";

    private CommonPasswords() {
    }

    /** @return the list, lower-case; blank lines and lines starting with '#' are left out */
    public static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String password = line.strip();
                if (!password.isEmpty() && !password.startsWith("#")) {
                    passwords.add(password.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + RESOURCE, e);
        }
    }
}
