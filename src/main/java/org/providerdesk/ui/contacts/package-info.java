/**
 * The "Contacts" page: the provider's contacts listed on the left, the chosen contact's details on the right
 * (job title, e-mail, telephone, whether the council has given them portal access). Reads the cache only.
 *
 * <p>May use {@code ui.common}, {@code ui.shell}, {@code client} and {@code api}.
 */
package org.providerdesk.ui.contacts;
