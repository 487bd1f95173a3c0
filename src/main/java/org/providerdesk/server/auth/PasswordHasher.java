package org.providerdesk.server.auth;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.providerdesk.api.Problem;
import org.providerdesk.api.ProblemTypes;
import org.providerdesk.server.web.ApiException;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), with
 * the parameters OWASP recommends (19 MiB, 2 passes, 1 lane).
 */
public final class PasswordHasher {

    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;
    private static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    /**
     * Each Argon2 run takes a whole core and 19 MiB for about 60 ms. At most one fewer than the cores run at once,
     * so a burst of logins (a care group's staff all starting at 9 o'clock) never takes every core from the rest of
     * the portal, and cannot exhaust the heap. The rest wait their turn.
     */
    static final int CONCURRENT_HASHES = turnsFor(Runtime.getRuntime().availableProcessors());
    /**
     * How long a login waits for a turn before it is told the portal is busy: well inside the desktop's 10 s read
     * timeout, so a password is never checked for a caller that has already given up waiting.
     */
    static final long WAIT_FOR_A_TURN_MILLIS = 5_000;

    private static final long BUSY_RETRY_AFTER_SECONDS = 5;

    private final Semaphore turns;
    private final long waitForTurnMillis;
    private final SecureRandom random = new SecureRandom();
    /**
     * Checked when the e-mail is unknown, so that a wrong address takes as long as a wrong password. Made on a
     * background thread: the first Argon2 run of a JVM is slow and would hold up the server's start.
     */
    private final CompletableFuture<String> decoy;

    public PasswordHasher() {
        this(new Semaphore(CONCURRENT_HASHES, true), WAIT_FOR_A_TURN_MILLIS);
    }

    PasswordHasher(Semaphore turns, long waitForTurnMillis) {
        this.turns = turns;
        this.waitForTurnMillis = waitForTurnMillis;
        this.decoy = CompletableFuture.supplyAsync(() -> hash("decoy password for unknown accounts"));
    }

    /** Password checks allowed at once on a machine with this many cores: all but one, and at least one. */
    static int turnsFor(int cores) {
        return Math.max(1, cores - 1);
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    public boolean matches(String password, String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length != 6 || !"argon2id".equals(parts[1])) {
            return false;
        }
        int memory = 0;
        int iterations = 0;
        int parallelism = 0;
        for (String setting : parts[3].split(",")) {
            int value = Integer.parseInt(setting.substring(2));
            switch (setting.charAt(0)) {
                case 'm' -> memory = value;
                case 't' -> iterations = value;
                case 'p' -> parallelism = value;
                default -> {
                    return false;
                }
            }
        }
        byte[] salt = B64_DECODER.decode(parts[4]);
        byte[] expected = B64_DECODER.decode(parts[5]);
        byte[] actual = derive(password, salt, memory, iterations, parallelism);
        return MessageDigest.isEqual(expected, actual);
    }

    /** Spends the time of a real check and always answers false. */
    public boolean matchesNothing(String password) {
        matches(password, decoy.join());
        return false;
    }

    private byte[] derive(String password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        try {
            if (!turns.tryAcquire(waitForTurnMillis, TimeUnit.MILLISECONDS)) {
                throw new ApiException(new Problem(ProblemTypes.SERVER_ERROR, "Busy", 503,
                        "The portal is very busy just now. Please try again in a minute.", Map.of()),
                        BUSY_RETRY_AFTER_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to check a password", e);
        }
        try {
            return argon2(password, salt, memoryKib, iterations, parallelism);
        } finally {
            turns.release();
        }
    }

    private static byte[] argon2(String password, byte[] salt, int memoryKib, int iterations, int parallelism) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[HASH_BYTES];
        generator.generateBytes(password.toCharArray(), out);
        return out;
    }
}
