/**
 * The words of the provider portal as plain Java: records, enums and the rules that need no I/O
 * (who may log in during downtime, what makes an acceptable password, ...).
 *
 * <p>Depends on nothing else in the project and on no library: no JavaFX, no SQL, no HTTP.
 */
package org.providerdesk.domain;
