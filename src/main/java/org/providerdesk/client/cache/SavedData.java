package org.providerdesk.client.cache;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The caches of this computer's users, found by e-mail under the application-data folder. */
public final class SavedData {

    /** A cache set aside (its password was lost) is deleted this long after it was set aside, never kept for ever. */
    public static final Duration SET_ASIDE_KEPT = Duration.ofDays(30);
    private static final String SET_ASIDE_MARK = ".replaced-";

    private final Path appData;
    private final CacheKey kdf;

    public SavedData(Path appData, CacheKey kdf) {
        this.appData = appData;
        this.kdf = kdf;
    }

    /** Whether this user has logged in on this computer before (and so has data to open offline). */
    public boolean existsFor(String email) {
        return email != null && !email.isBlank() && LocalCache.exists(LocalCache.folderFor(appData, email));
    }

    /**
     * Opens (or, the first time, creates) the user's cache. Slow on purpose (key derivation): never on the
     * JavaFX thread.
     *
     * @throws WrongCachePasswordException when the password does not open it
     */
    public LocalCache open(String email, char[] password) {
        return LocalCache.open(LocalCache.folderFor(appData, email), password, kdf);
    }

    /**
     * The password was changed elsewhere: re-encrypts the cache under the current password with the previous one,
     * then opens it, queue and all.
     *
     * @throws WrongCachePasswordException when {@code previous} does not open it either (nothing is changed then)
     */
    public LocalCache openWithPreviousPassword(String email, char[] previous, char[] current) {
        rekey(email, previous, current);
        return open(email, current);
    }

    /** What waits to send in the user's cache, in words without personal data, readable without the password. */
    public List<WaitingList.Entry> waitingIn(String email) {
        return WaitingList.read(LocalCache.folderFor(appData, email));
    }

    /**
     * Moves a cache that the user's current password cannot open (the password was changed elsewhere and the
     * previous one is not known) out of the way, so a new one can be made. It is deleted {@link #SET_ASIDE_KEPT}
     * after {@code now} by {@link #deleteExpired}. Returns where it went.
     */
    public Path setAside(String email, Instant now) {
        Path folder = LocalCache.folderFor(appData, email);
        Path aside = folder.resolveSibling(folder.getFileName() + SET_ASIDE_MARK + now.toEpochMilli());
        try {
            Files.move(folder, aside);
            return aside;
        } catch (IOException e) {
            throw new CacheFailedException("The old saved data could not be moved aside.", e);
        }
    }

    /** Deletes the caches set aside more than {@link #SET_ASIDE_KEPT} before {@code now}; returns how many. */
    public int deleteExpired(Instant now) {
        Path caches = appData.resolve("caches");
        if (!Files.isDirectory(caches)) {
            return 0;
        }
        int deleted = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(caches, "*" + SET_ASIDE_MARK + "*")) {
            for (Path folder : folders) {
                String name = folder.getFileName().toString();
                try {
                    Instant setAside = Instant.ofEpochMilli(
                            Long.parseLong(name.substring(name.lastIndexOf(SET_ASIDE_MARK) + SET_ASIDE_MARK.length())));
                    if (setAside.plus(SET_ASIDE_KEPT).isBefore(now)) {
                        deleteTree(folder);
                        deleted++;
                    }
                } catch (NumberFormatException notOurs) {
                    // a folder someone else named: left alone
                }
            }
        } catch (IOException e) {
            throw new CacheFailedException("Old saved data could not be deleted.", e);
        }
        return deleted;
    }

    /**
     * "Remove the data saved on this computer": deletes the user's cache (closed first by the caller) and anything
     * set aside for them. Their next login makes a new one.
     */
    public void remove(String email) {
        Path folder = LocalCache.folderFor(appData, email);
        try {
            deleteTree(folder);
            Path caches = folder.getParent();
            if (Files.isDirectory(caches)) {
                try (DirectoryStream<Path> aside = Files.newDirectoryStream(caches,
                        folder.getFileName() + SET_ASIDE_MARK + "*")) {
                    for (Path old : aside) {
                        deleteTree(old);
                    }
                }
            }
        } catch (IOException e) {
            throw new CacheFailedException("The data saved on this computer could not be removed.", e);
        }
    }

    /** After a password change: re-encrypts the user's closed cache under the new password. */
    public void rekey(String email, char[] oldPassword, char[] newPassword) {
        LocalCache.rekey(LocalCache.folderFor(appData, email), oldPassword, newPassword, kdf);
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
