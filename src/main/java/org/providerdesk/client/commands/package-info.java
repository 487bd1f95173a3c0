/**
 * One typed command per user intent (raise an action, reply to one, confirm or reject a schedule, submit
 * actuals), built from the api request records. {@link org.providerdesk.client.commands.Commands} stores them in
 * the outbox by kind and JSON; the HTTP request is made from a command only when it is sent
 * ({@link org.providerdesk.client.commands.DeskCommand#call()}). A refused command loads back as its record, to be
 * edited in its own form and sent again.
 *
 * <p>May use {@code client.cache}, {@code api} and {@code domain}. No HTTP client here.
 */
package org.providerdesk.client.commands;
