package org.providerdesk.client.cache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.tools.ChangeFileEncryption;

/**
 * One user's encrypted cache file. Opening needs the user's password: the file key is derived from it and the
 * salt stored beside the file, so neither the file nor the salt alone reveals anything.
 */
public final class LocalCache implements AutoCloseable {

    static final String DATABASE = "cache";
    private static final String SALT_FILE = "cache.salt";
    /** The salt of a re-key in progress; promoted once the file is re-encrypted. */
    private static final String NEW_SALT_FILE = "cache.salt.new";
    /** H2 wants "filePassword userPassword"; the file key is the secret, the user password is fixed. */
    private static final String DB_USER = "desk";
    private static final String DB_USER_PASSWORD = "provider-desk";
    private static final int POOL_SIZE = 4;
    static final int QUERY_CACHE = 64;

    private final Path folder;
    private final JdbcConnectionPool pool;
    /** JDBI over the pool: how the cache's classes run their SQL. */
    private final CacheSql sql;
    /** Moves on each applied page, so what readers keep in memory is rebuilt after a sync changed the rows. */
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(long generation, Object value) {
    }

    private LocalCache(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
        this.sql = new CacheSql(pool);
    }

    /** The cache folder of one user under the application-data folder; the name does not reveal the e-mail. */
    public static Path folderFor(Path appData, String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return appData.resolve("caches").resolve(HexFormat.of().formatHex(digest, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static boolean exists(Path folder) {
        return Files.exists(folder.resolve(SALT_FILE)) && Files.exists(folder.resolve(DATABASE + ".mv.db"));
    }

    /**
     * Opens the cache in {@code folder}, creating it (and a new salt) the first time.
     *
     * @throws WrongCachePasswordException when the cache was made with another password
     */
    public static LocalCache open(Path folder, char[] password, CacheKey kdf) {
        Path pending = folder.resolve(NEW_SALT_FILE);
        if (Files.exists(pending)) {
            try {
                LocalCache cache = openWithSalt(folder, password, kdf, Files.readAllBytes(pending));
                Files.move(pending, folder.resolve(SALT_FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
                return cache;
            } catch (WrongCachePasswordException | IOException stillOld) {
                // the re-key stopped before the file was re-encrypted: the old salt still applies
            }
        }
        try {
            Files.createDirectories(folder);
            return openWithSalt(folder, password, kdf, readOrCreateSalt(folder));
        } catch (IOException e) {
            throw new CacheFailedException("The data saved on this computer could not be opened.", e);
        }
    }

    private static LocalCache openWithSalt(Path folder, char[] password, CacheKey kdf, byte[] salt) {
        String fileKey = kdf.derive(password, salt);
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(folder), DB_USER, fileKey + " " + DB_USER_PASSWORD);
        pool.setMaxConnections(POOL_SIZE);
        try (Connection probe = pool.getConnection()) {
            probe.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            throw translate(e);
        }
        Flyway.configure().dataSource(pool).locations("classpath:db/cache").load().migrate();
        return new LocalCache(folder, pool);
    }

    /**
     * Re-encrypts a closed cache under a new password (after the user changed it), with a new salt. The new salt
     * is written first, beside the old one, so that a crash at any point leaves a cache that one of the two
     * passwords opens ({@link #open} tries the new salt first).
     */
    public static void rekey(Path folder, char[] oldPassword, char[] newPassword, CacheKey kdf) {
        try {
            byte[] oldSalt = Files.readAllBytes(folder.resolve(SALT_FILE));
            byte[] newSalt = CacheKey.newSalt();
            char[] oldKey = kdf.derive(oldPassword, oldSalt).toCharArray();
            char[] newKey = kdf.derive(newPassword, newSalt).toCharArray();
            open(folder, oldPassword, kdf).close();
            Path pending = folder.resolve(NEW_SALT_FILE);
            Files.write(pending, newSalt, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC);
            ChangeFileEncryption.execute(folder.toString(), DATABASE, "AES", oldKey, newKey, true);
            Files.move(pending, folder.resolve(SALT_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | SQLException e) {
            throw new CacheFailedException("The saved data could not be re-encrypted with the new password.", e);
        }
    }

    /**
     * What a reader built from the rows (such as a search index), kept until the next applied page: {@code build}
     * runs again only after the rows changed.
     */
    @SuppressWarnings("unchecked")
    public <T> T remembered(String name, Supplier<T> build) {
        long now = generation.get();
        Remembered kept = remembered.get(name);
        if (kept != null && kept.generation() == now) {
            return (T) kept.value();
        }
        T value = build.get();
        remembered.put(name, new Remembered(now, value));
        return value;
    }

    /** Called after a page was committed. */
    void rowsChanged() {
        generation.incrementAndGet();
    }

    /** The cache's SQL (JDBI over this file's connections). */
    public CacheSql sql() {
        return sql;
    }

    /** A connection of its own, outside JDBI (auto-commit), for a check that needs plain JDBC. */
    public Connection connection() throws SQLException {
        return pool.getConnection();
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        pool.dispose();
    }

    private static String url(Path folder) {
        // TRACE_LEVEL_FILE=0: H2 would otherwise write cache.trace.db beside the file on an error, quoting SQL and
        // row values in plain text, outside the encryption. QUERY_CACHE_SIZE: a page of the feed alone runs one
        // statement per synced kind, more than the 8 parsed queries H2 keeps per connection by default, so each
        // page parsed them all again.
        return "jdbc:h2:file:" + folder.resolve(DATABASE).toAbsolutePath() + ";CIPHER=AES;TRACE_LEVEL_FILE=0"
                + ";QUERY_CACHE_SIZE=" + QUERY_CACHE;
    }

    private static byte[] readOrCreateSalt(Path folder) throws IOException {
        Path saltFile = folder.resolve(SALT_FILE);
        if (Files.exists(saltFile)) {
            return Files.readAllBytes(saltFile);
        }
        if (Files.exists(folder.resolve(DATABASE + ".mv.db"))) {
            throw new CacheFailedException("The saved data has lost its salt file and cannot be opened.", null);
        }
        byte[] salt = CacheKey.newSalt();
        Files.write(saltFile, salt);
        return salt;
    }

    private static RuntimeException translate(SQLException e) {
        int code = e.getErrorCode();
        if (code == ErrorCode.FILE_ENCRYPTION_ERROR_1 || code == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new WrongCachePasswordException();
        }
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new CacheFailedException("The saved data is in use by another Provider Desk window.", e);
        }
        return new CacheFailedException("The data saved on this computer could not be opened.", e);
    }
}
