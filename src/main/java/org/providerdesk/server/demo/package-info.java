/**
 * A deterministic demo data set: an invented council with its teams, links and notices, invented care homes
 * and agencies, and demo users (one with a single provider, one with three, one council user). Used by the
 * embedded server, by tests and by benchmarks; the size knob grows it.
 *
 * <p>May use the repositories of the other server packages, {@code api} and {@code domain}. No real people,
 * addresses or phone numbers: e-mail domains end in {@code .example}, phone numbers are from Ofcom's drama
 * range.
 */
package org.providerdesk.server.demo;
