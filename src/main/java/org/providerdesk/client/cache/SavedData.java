package org.providerdesk.client.cache;

import java.nio.file.Path;

/** The caches of this computer's users, found by e-mail under the application-data folder. */
public final class SavedData {

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
     * Moves a cache that the user's current password cannot open (the password was changed elsewhere) out of the
     * way, keeping it on disk, so a new one can be made. Returns where it went.
     */
    public Path setAside(String email) {
        Path folder = LocalCache.folderFor(appData, email);
        Path aside = folder.resolveSibling(folder.getFileName() + ".replaced-" + System.currentTimeMillis());
        try {
            java.nio.file.Files.move(folder, aside);
            return aside;
        } catch (java.io.IOException e) {
            throw new CacheFailedException("The old saved data could not be moved aside.", e);
        }
    }

    /** After a password change: re-encrypts the user's closed cache under the new password. */
    public void rekey(String email, char[] oldPassword, char[] newPassword) {
        LocalCache.rekey(LocalCache.folderFor(appData, email), oldPassword, newPassword, kdf);
    }
}
