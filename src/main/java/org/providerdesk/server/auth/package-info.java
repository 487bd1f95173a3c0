/**
 * Logging in with a password and an e-mailed code, sessions, and logging out; forgotten passwords (a code
 * e-mailed, answered alike whether or not the address has an account) and changing one's password.
 * Passwords are Argon2id hashes; codes and session tokens are stored only as SHA-256 hashes; failed logins
 * are throttled per account, per address and per pair, so an attacker cannot lock a user out for long.
 * {@link org.providerdesk.server.auth.AuthFeature} wires it and gives the route table its
 * {@link org.providerdesk.server.web.Authenticator}.
 *
 * <p>May use {@code server.web}, {@code server.db}, {@code server.mail}, {@code server.notices},
 * {@code server.providers}, {@code server.audit}, {@code api} and {@code domain}.
 */
package org.providerdesk.server.auth;
