/**
 * Typed readers of the cache that the screens call: one per kind or screen (the lines of one period, the actions
 * with their summary, the line items with or without historical ones, ...). Each answers api records built from
 * the typed, indexed tables of {@code client.cache}, never JSON text, in milliseconds.
 *
 * Commands waiting to be sent are laid over the rows they change ({@link org.providerdesk.client.data.Listed}).
 *
 * <p>May use {@code client.cache} (their queries run through its {@code CacheSql}, with JDBI row mappers),
 * {@code client.commands}, {@code api} and {@code domain}. No JavaFX, no HTTP.
 */
package org.providerdesk.client.data;
