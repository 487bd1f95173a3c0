/**
 * The local cache: one H2 file per user in the application-data folder, encrypted with AES under a key derived
 * from the user's password (PBKDF2, random salt beside the file), so a stolen laptop shows nothing and offline
 * unlock needs the password. Flyway migrations in {@code db/cache}.
 *
 * <p>May use the JDK, H2, Flyway, {@code api} and {@code domain}. No JavaFX.
 */
package org.providerdesk.client.cache;
