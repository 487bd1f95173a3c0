package org.providerdesk.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens and codes from {@link SecureRandom}, and the SHA-256 hashes under which they are stored. */
public final class Secrets {

    private final SecureRandom random = new SecureRandom();

    /** A 256-bit random token, URL-safe. */
    public String sessionToken() {
        return randomText(32);
    }

    /** A 128-bit random id for a login attempt. */
    public String attemptId() {
        return randomText(16);
    }

    /** Six random digits, leading zeros kept. */
    public String sixDigitCode() {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    public static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    public static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private String randomText(int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
