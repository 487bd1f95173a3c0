package org.providerdesk.client.cache;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Turns a user's password and a salt into the cache file's key with PBKDF2-HMAC-SHA256 (in every JDK).
 * {@value #DEFAULT_ITERATIONS} iterations follow OWASP's current advice; tests may use fewer.
 */
public final class CacheKey {

    public static final int DEFAULT_ITERATIONS = 600_000;
    static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;

    public CacheKey(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be positive");
        }
        this.iterations = iterations;
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** @return the key as hex, as H2 takes file passwords */
    public String derive(char[] password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, KEY_BITS);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return HexFormat.of().formatHex(key);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
        } finally {
            spec.clearPassword();
        }
    }
}
