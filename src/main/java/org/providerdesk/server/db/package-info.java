/**
 * The server's database: a pooled {@link javax.sql.DataSource} for H2 or PostgreSQL, Flyway migrations from
 * {@code db/server}, and a small JDBC helper every repository uses (transactions, queries, mapping).
 *
 * <p>May use the JDK, H2, the PostgreSQL driver and Flyway. Knows nothing of HTTP or of features.
 */
package org.providerdesk.server.db;
