package org.providerdesk.client.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.providerdesk.client.ReceivedChange;

class LocalCacheTest {

    /** Fewer PBKDF2 rounds than the real default, so the tests stay quick; the derivation is the same. */
    static final CacheKey QUICK = new CacheKey(1_000);
    private static final String MARKER = "Thistlewood-Marker-Resident";

    @TempDir
    Path home;

    private Path folder() {
        return LocalCache.folderFor(home, "helen.marsh@rosewoodlodge.example");
    }

    private static void storeMarker(LocalCache cache) {
        new CacheStore(cache).applyPage(1, List.of(new ReceivedChange("client", 7, 3, false,
                "{\"firstName\":\"" + MARKER + "\"}")), 3, Instant.now(), ApplyFaults.NONE);
    }

    @Test
    void opensAgainWithTheSamePassword() {
        try (LocalCache cache = LocalCache.open(folder(), "right password".toCharArray(), QUICK)) {
            storeMarker(cache);
        }
        try (LocalCache cache = LocalCache.open(folder(), "right password".toCharArray(), QUICK)) {
            assertEquals(1, new CacheStore(cache).rows(1, "client").size());
            assertEquals(3, new CacheStore(cache).cursor(1));
        }
    }

    @Test
    void aWrongPasswordCannotOpenIt() {
        LocalCache.open(folder(), "right password".toCharArray(), QUICK).close();

        assertThrows(WrongCachePasswordException.class,
                () -> LocalCache.open(folder(), "wrong password".toCharArray(), QUICK));
    }

    @Test
    void theFilesHoldNoReadableText() throws IOException {
        try (LocalCache cache = LocalCache.open(folder(), "right password".toCharArray(), QUICK)) {
            storeMarker(cache);
        }
        try (Stream<Path> files = Files.walk(folder())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(content.contains(MARKER), file + " shows the data");
                assertFalse(content.contains("synced_row") || content.contains("SYNCED_ROW"), file + " shows the schema");
                assertFalse(content.contains("right password"), file + " shows the password");
            }
        }
    }

    @Test
    void theFolderNameDoesNotRevealTheEmail() {
        assertFalse(folder().toString().contains("helen"));
        assertNotEquals(folder(), LocalCache.folderFor(home, "priya.shah@oakleafcare.example"));
        assertEquals(folder(), LocalCache.folderFor(home, " Helen.Marsh@RosewoodLodge.example "));
    }

    @Test
    void afterAPasswordChangeOnlyTheNewPasswordOpensIt() {
        try (LocalCache cache = LocalCache.open(folder(), "old password".toCharArray(), QUICK)) {
            storeMarker(cache);
        }

        LocalCache.rekey(folder(), "old password".toCharArray(), "new password".toCharArray(), QUICK);

        assertThrows(WrongCachePasswordException.class,
                () -> LocalCache.open(folder(), "old password".toCharArray(), QUICK));
        try (LocalCache cache = LocalCache.open(folder(), "new password".toCharArray(), QUICK)) {
            assertEquals(1, new CacheStore(cache).rows(1, "client").size());
        }
    }

    @Test
    void aReKeyInterruptedBeforeReEncryptingStillOpensWithTheOldPassword() throws IOException {
        try (LocalCache cache = LocalCache.open(folder(), "old password".toCharArray(), QUICK)) {
            storeMarker(cache);
        }
        Files.write(folder().resolve("cache.salt.new"), CacheKey.newSalt());

        try (LocalCache cache = LocalCache.open(folder(), "old password".toCharArray(), QUICK)) {
            assertEquals(1, new CacheStore(cache).rows(1, "client").size());
        }
    }

    @Test
    void aReKeyInterruptedAfterReEncryptingOpensWithTheNewPassword() throws IOException {
        try (LocalCache cache = LocalCache.open(folder(), "old password".toCharArray(), QUICK)) {
            storeMarker(cache);
        }
        byte[] oldSalt = Files.readAllBytes(folder().resolve("cache.salt"));
        LocalCache.rekey(folder(), "old password".toCharArray(), "new password".toCharArray(), QUICK);
        Files.move(folder().resolve("cache.salt"), folder().resolve("cache.salt.new"));
        Files.write(folder().resolve("cache.salt"), oldSalt);

        try (LocalCache cache = LocalCache.open(folder(), "new password".toCharArray(), QUICK)) {
            assertEquals(1, new CacheStore(cache).rows(1, "client").size());
        }
        assertFalse(Files.exists(folder().resolve("cache.salt.new")), "the new salt was promoted");
    }

    @Test
    void theKeyDependsOnPasswordAndSalt() {
        byte[] salt = CacheKey.newSalt();

        assertEquals(QUICK.derive("a".toCharArray(), salt), QUICK.derive("a".toCharArray(), salt));
        assertNotEquals(QUICK.derive("a".toCharArray(), salt), QUICK.derive("b".toCharArray(), salt));
        assertNotEquals(QUICK.derive("a".toCharArray(), salt), QUICK.derive("a".toCharArray(), CacheKey.newSalt()));
        assertEquals(64, new CacheKey(CacheKey.DEFAULT_ITERATIONS).derive("a".toCharArray(), salt).length());
        assertFalse(LocalCache.exists(folder()));
    }
}
