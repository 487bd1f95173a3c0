/**
 * The local cache: one H2 file per user in the application-data folder, encrypted with AES under a key derived
 * from the user's password (PBKDF2, random salt beside the file), so a stolen laptop shows nothing and offline
 * unlock needs the password. Flyway migrations in {@code db/cache}. H2 writes no trace file
 * ({@code TRACE_LEVEL_FILE=0}): it would quote SQL and values outside the encryption. Beside the file,
 * {@link org.providerdesk.client.cache.WaitingList} keeps only the kinds and times of the changes waiting to send
 * (no personal data), so that a user who lost the password can be told what starting afresh loses.
 * {@link org.providerdesk.client.cache.SavedData} re-keys after a password change, sets caches aside (deleted after
 * 30 days) and removes them on request.
 *
 * <p>SQL runs on JDBI ({@link org.providerdesk.client.cache.CacheSql}, over the file's connection pool), the library
 * the server's repositories use, with each table's statements in the class that owns it. Its transactions roll back
 * on any {@link java.lang.Throwable} and keep the first cause when the rollback fails too; the feed's JDBC batches run
 * on the connection of such a transaction.
 *
 * <p>May use the JDK, H2, Flyway, JDBI, {@code api} and {@code domain}. No JavaFX.
 */
package org.providerdesk.client.cache;
